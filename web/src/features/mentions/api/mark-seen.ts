import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { mentionKeys } from './mention-keys';

/** Resets "new since you last looked" for the signed-in user. */
export const markQueueSeen = () => apiFetch<void>('/mentions/seen', { method: 'POST' });

export function useMarkQueueSeen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markQueueSeen,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentionKeys.summaries() }),
  });
}
