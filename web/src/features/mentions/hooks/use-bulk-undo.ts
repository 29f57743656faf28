import type { BulkRequest, BulkResult } from '@ou-listening/shared';
import { useBulkUpdate } from '../api/bulk-update';
import { MARK_LABELS } from '../components/format';
import type { UndoOffer } from './use-undo';

/** A bulk action that went through, and what the server answered: enough to undo it. */
export type BulkDone = { request: BulkRequest; result: BulkResult };

const mentionsCount = (n: number) => `${n} mention${n === 1 ? '' : 's'}`;

/**
 * The undo of a bulk hide or mark (an assignment to oneself is only confirmed): the same mentions, at the versions the
 * action left them at, so an undo never takes back what someone did since (the server refuses the lot).
 */
export function useBulkUndo(offerUndo: (offer: UndoOffer) => void): (done: BulkDone) => void {
  const bulk = useBulkUpdate();
  return ({ request, result }) => {
    const { versions } = result;
    const ids = Object.keys(versions);
    if (request.action === 'hide')
      offerUndo({
        message: `Hidden ${mentionsCount(ids.length)}.`,
        undo: () => bulk.mutateAsync({ ids, versions, action: 'unhide' }),
      });
    if (request.action === 'mark')
      offerUndo({
        message: `Marked ${mentionsCount(ids.length)} “${MARK_LABELS[request.mark]}”.`,
        undo: () => bulk.mutateAsync({ ids, versions, action: 'unmark' }),
      });
    if (request.action === 'assign') offerUndo({ message: `Assigned ${mentionsCount(ids.length)} to you.` });
  };
}
