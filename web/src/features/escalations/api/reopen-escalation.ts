import type { EscalationDetail, ReopenEscalationRequest } from '@ou-listening/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { escalationKeys } from './escalation-keys';

export const reopenEscalation = ({ id, change }: { id: string; change: ReopenEscalationRequest }) =>
  apiFetch<EscalationDetail>(`/escalations/${encodeURIComponent(id)}/reopen`, {
    method: 'POST',
    body: JSON.stringify(change),
  });

export function useReopenEscalation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reopenEscalation,
    onSuccess: (detail) => {
      queryClient.setQueryData(escalationKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: escalationKeys.all });
    },
    onError: (_error, { id }) => void queryClient.invalidateQueries({ queryKey: escalationKeys.detail(id) }),
  });
}
