import type { UpdateWatchQueryRequest, WatchQueryView } from '@ou-listening/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
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
