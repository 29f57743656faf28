import type { AssignRequest, MentionListItem } from '@ou-listening/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { settleMentionChange } from './mention-mutation';

export type AssignMentionInput = AssignRequest & { id: string };

export const assignMention = ({ id, ...body }: AssignMentionInput) =>
  apiFetch<MentionListItem>(`/mentions/${encodeURIComponent(id)}/assign`, {
    method: 'POST',
    body: JSON.stringify(body),
  });

export function useAssignMention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignMention,
    onSuccess: (mention) => settleMentionChange(queryClient, mention),
  });
}
