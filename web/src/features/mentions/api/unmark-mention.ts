import type { MentionListItem, UnmarkRequest } from '@ou-listening/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { settleMentionChange } from './mention-mutation';

export type UnmarkMentionInput = UnmarkRequest & { id: string };

/** The undo after Mark: takes back the caller's latest mark and the status it changed. */
export const unmarkMention = ({ id, ...body }: UnmarkMentionInput) =>
  apiFetch<MentionListItem>(`/mentions/${encodeURIComponent(id)}/unmark`, {
    method: 'POST',
    body: JSON.stringify(body),
  });

export function useUnmarkMention() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: unmarkMention, onSuccess: (mention) => settleMentionChange(queryClient, mention) });
}
