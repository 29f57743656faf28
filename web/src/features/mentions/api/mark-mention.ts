import type { MarkRequest, MentionListItem } from '@ou-listening/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { conflictOf, settleMentionChange } from './mention-mutation';

export type MarkMentionInput = MarkRequest & { id: string };

export const markMention = ({ id, ...body }: MarkMentionInput) =>
  apiFetch<MentionListItem>(`/mentions/${encodeURIComponent(id)}/mark`, {
    method: 'POST',
    body: JSON.stringify(body),
  });

export function useMarkMention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markMention,
    onSuccess: (mention) => settleMentionChange(queryClient, mention),
    onError: (error) => settleMentionChange(queryClient, conflictOf(error) ?? undefined),
  });
}
