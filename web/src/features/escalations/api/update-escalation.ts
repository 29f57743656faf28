import type { EscalationDetail, UpdateEscalationRequest } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { sendJson } from '../../../lib/api-client';
import { isCaseConflict, showCaseAsItStands } from './case-conflict';
import { showCaseChange } from './escalation-keys';

export const updateEscalation = ({ id, change }: { id: string; change: UpdateEscalationRequest }) =>
  sendJson<EscalationDetail>('PATCH', `/escalations/${encodeURIComponent(id)}`, change);

export function useUpdateEscalation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEscalation,
    onSuccess: (detail) => showCaseChange(queryClient, detail),
    // Someone else changed the case: show its current state.
    onError: (error, { id }) => (isCaseConflict(error) ? showCaseAsItStands(queryClient, error, id) : undefined),
  });
}
