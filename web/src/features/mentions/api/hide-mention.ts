import type { HideRequest, MentionListItem } from '@ou-listening/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { conflictOf, settleMentionChange } from './mention-mutation';

export type HideMentionInput = HideRequest & { id: string };

export const hideMention = ({ id, ...body }: HideMentionInput) =>
  apiFetch<MentionListItem>(`/mentions/${encodeURIComponent(id)}/hide`, {
    method: 'POST',
    body: JSON.stringify(body),
  });

export function useHideMention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: hideMention,
    onSuccess: (mention) => settleMentionChange(queryClient, mention),
    onError: (error) => settleMentionChange(queryClient, conflictOf(error) ?? undefined),
  });
}
