import type { EscalateRequest, MentionListItem } from '@ou-listening/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { conflictOf, settleMentionChange } from './mention-mutation';

export type EscalateMentionInput = EscalateRequest & { id: string };
export type EscalateMentionResult = { mention: MentionListItem; escalationId: string };

export const escalateMention = ({ id, ...body }: EscalateMentionInput) =>
  apiFetch<EscalateMentionResult>(`/mentions/${encodeURIComponent(id)}/escalate`, {
    method: 'POST',
    body: JSON.stringify(body),
  });

export function useEscalateMention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: escalateMention,
    onSuccess: (result) => settleMentionChange(queryClient, result.mention),
    onError: (error) => settleMentionChange(queryClient, conflictOf(error) ?? undefined),
  });
}
