import type { EscalationDetail, UpdateEscalationRequest } from '@ou-listening/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiRequestError, apiFetch } from '../../../lib/api-client';
import { escalationKeys } from './escalation-keys';

export const updateEscalation = ({ id, change }: { id: string; change: UpdateEscalationRequest }) =>
  apiFetch<EscalationDetail>(`/escalations/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: JSON.stringify(change),
  });

export function useUpdateEscalation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEscalation,
    onSuccess: (detail) => {
      queryClient.setQueryData(escalationKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: escalationKeys.all });
    },
    onError: (error, { id }) => {
      // Someone else changed the case: show its current state.
      if (error instanceof ApiRequestError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: escalationKeys.detail(id) });
    },
  });
}
