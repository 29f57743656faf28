import type { LegalHoldRequest, LegalHoldView } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { sendJson } from '../../../lib/api-client';
import { escalationKeys } from './escalation-keys';

export const setLegalHold = ({ id, change }: { id: string; change: LegalHoldRequest }) =>
  sendJson<LegalHoldView>('PUT', `/privacy/cases/${encodeURIComponent(id)}/hold`, change);

/** The case shows whether it is held: refetch it after a change. */
export function useSetLegalHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setLegalHold,
    onSuccess: (_view, { id }) => queryClient.invalidateQueries({ queryKey: escalationKeys.detail(id) }),
  });
}
