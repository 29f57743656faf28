import type { MentionListItem, UnhideRequest } from '@ou-listening/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { conflictOf, settleMentionChange } from './mention-mutation';

export type UnhideMentionInput = UnhideRequest & { id: string };

export const unhideMention = ({ id, ...body }: UnhideMentionInput) =>
  apiFetch<MentionListItem>(`/mentions/${encodeURIComponent(id)}/unhide`, {
    method: 'POST',
    body: JSON.stringify(body),
  });

export function useUnhideMention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unhideMention,
    onSuccess: (mention) => settleMentionChange(queryClient, mention),
    onError: (error) => settleMentionChange(queryClient, conflictOf(error) ?? undefined),
  });
}
