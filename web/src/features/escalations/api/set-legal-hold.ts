import type { LegalHoldRequest, LegalHoldView } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { sendJson } from '../../../lib/api-client';
import { escalationKeys } from './escalation-keys';

export const setLegalHold = ({ id, change }: { id: string; change: LegalHoldRequest }) =>
  sendJson<LegalHoldView>('PUT', `/privacy/cases/${encodeURIComponent(id)}/hold`, change);

/**
 * The case shows whether it is held: refetch it after a change. A release that carried out a waiting
 * erasure leaves no case to refetch; the answer says so, and the caller shows it.
 */
export function useSetLegalHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setLegalHold,
    onSuccess: (view, { id }) => {
      // The page keeps the case it shows (refetched, it would be 'not available') beside the answer.
      if (view.erased)
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: [...escalationKeys.all, 'list'] }),
          queryClient.invalidateQueries({ queryKey: escalationKeys.counts() }),
        ]);
      return queryClient.invalidateQueries({ queryKey: escalationKeys.detail(id) });
    },
  });
}
