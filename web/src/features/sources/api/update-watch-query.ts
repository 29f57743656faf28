import type { UpdateWatchQueryRequest, WatchQueryView } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { sourcesKeys } from './query-keys';

export const updateWatchQuery = ({ id, ...changes }: UpdateWatchQueryRequest & { id: string }) =>
  apiFetch<WatchQueryView>(`/watch-queries/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: JSON.stringify(changes),
  });

export const useUpdateWatchQuery = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWatchQuery,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sourcesKeys.watchQueries() }),
  });
};
