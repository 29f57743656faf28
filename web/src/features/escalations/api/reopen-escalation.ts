import type { EscalationDetail, ReopenEscalationRequest } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { sendJson } from '../../../lib/api-client';
import { showCaseAsItStands } from './case-conflict';
import { showCaseChange } from './escalation-keys';

export const reopenEscalation = ({ id, change }: { id: string; change: ReopenEscalationRequest }) =>
  sendJson<EscalationDetail>('POST', `/escalations/${encodeURIComponent(id)}/reopen`, change);

export function useReopenEscalation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reopenEscalation,
    onSuccess: (detail) => showCaseChange(queryClient, detail),
    onError: (error, { id }) => showCaseAsItStands(queryClient, error, id),
  });
}
