import type { EscalationDetail, UpdateEscalationRequest } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { ApiRequestError, sendJson } from '../../../lib/api-client';
import { escalationKeys, showCaseChange } from './escalation-keys';

export const updateEscalation = ({ id, change }: { id: string; change: UpdateEscalationRequest }) =>
  sendJson<EscalationDetail>('PATCH', `/escalations/${encodeURIComponent(id)}`, change);

export function useUpdateEscalation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEscalation,
    onSuccess: (detail) => showCaseChange(queryClient, detail),
    onError: (error, { id }) => {
      // Someone else changed the case: show its current state.
      if (error instanceof ApiRequestError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: escalationKeys.detail(id) });
    },
  });
}
