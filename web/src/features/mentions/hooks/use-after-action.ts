import { conflictOf } from '../api/mention-mutation';
import { useUnhideMention } from '../api/unhide-mention';
import { useUnmarkMention } from '../api/unmark-mention';
import type { Acted } from '../components/queue-dialogs';
import { MARK_LABELS } from '../components/format';
import type { UndoOffer } from './use-undo';

type Options = { advanceFrom: (id: string) => void; select: (id: string) => void; offerUndo: (o: UndoOffer) => void };

/**
 * After Hide, Mark or Escalate: on to the next row of the list as it was (never the top); for Hide
 * and Mark an undo that goes back through the API (unhide, unmark) and returns to the mention; for
 * Escalate the case's number and severity, since the dialog closes and the list moves on.
 */
export function useAfterAction({ advanceFrom, select, offerUndo }: Options) {
  const unhide = useUnhideMention();
  const unmark = useUnmarkMention();
  return ({ kind, before, after }: Acted) => {
    advanceFrom(before.id);
    const back = () => select(before.id);
    // A refused undo opens the mention too, so the state the refusal speaks of is on screen.
    const refused = (error: unknown) => {
      back();
      throw conflictOf(error)
        ? new Error('someone else changed this mention since; it is open as it now stands')
        : error;
    };
    if (kind === 'hide')
      offerUndo({
        message: 'Hidden.',
        undo: () => unhide.mutateAsync({ id: after.id, version: after.version }).then(back, refused),
      });
    if (kind === 'mark' && after.latestMark)
      offerUndo({
        message: `Marked “${MARK_LABELS[after.latestMark.mark]}”.`,
        undo: () => unmark.mutateAsync({ id: after.id, version: after.version }).then(back, refused),
      });
    if (kind === 'escalate' && after.escalation)
      offerUndo({ message: `Escalated: case #${after.escalation.id} opened, ${after.escalation.severity}.` });
  };
}
