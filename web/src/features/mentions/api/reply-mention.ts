import type { MentionListItem, ReplyRequest } from '@ou-listening/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { conflictOf, settleMentionChange } from './mention-mutation';

export type ReplyMentionInput = ReplyRequest & { id: string };

/** A public reply under the comment, on the platform, as the OU. */
export const replyToMention = ({ id, ...body }: ReplyMentionInput) =>
  apiFetch<MentionListItem>(`/mentions/${encodeURIComponent(id)}/reply`, {
    method: 'POST',
    body: JSON.stringify(body),
  });

export function useReplyToMention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replyToMention,
    onSuccess: (mention) => settleMentionChange(queryClient, mention),
    onError: (error) => settleMentionChange(queryClient, conflictOf(error) ?? undefined),
  });
}
