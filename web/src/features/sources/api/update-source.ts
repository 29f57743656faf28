import type { SourceView, UpdateSourceRequest } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { sourcesKeys } from './query-keys';

export const updateSource = ({ id, ...changes }: UpdateSourceRequest & { id: string }) =>
  apiFetch<SourceView>(`/sources/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify(changes) });

export const useUpdateSource = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSource,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: sourcesKeys.list() }),
        queryClient.invalidateQueries({ queryKey: sourcesKeys.platforms() }),
      ]),
  });
};
