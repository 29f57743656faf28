import type { WatchQueryRequest, WatchQueryView } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { sourcesKeys } from './query-keys';

export const createWatchQuery = (request: WatchQueryRequest) =>
  apiFetch<WatchQueryView>('/watch-queries', { method: 'POST', body: JSON.stringify(request) });

export const useCreateWatchQuery = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWatchQuery,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sourcesKeys.watchQueries() }),
  });
};
