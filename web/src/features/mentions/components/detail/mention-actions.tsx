import type { MentionDetail } from '@ou-listening/shared';
import { Link } from 'react-router';
import { Button } from '../../../../components/ui/button';
import { AssignPicker } from './assign-picker';

export type MentionActionHandlers = {
  onHide: () => void;
  onUnhide: () => void;
  onEscalate: () => void;
  onMark: () => void;
  onAssign: (userId: string | null) => void;
};

type Props = MentionActionHandlers & { mention: MentionDetail; currentUserId: string; isBusy: boolean };

/** A live case means escalating again would split the officers' work: the case is linked instead. */
export const hasLiveCase = (mention: Pick<MentionDetail, 'escalation'>) =>
  mention.escalation !== null && mention.escalation.status !== 'closed';

export function MentionActions({ mention, currentUserId, isBusy, ...on }: Props) {
  const live = hasLiveCase(mention);
  return (
    <div className="mention-detail__actions" role="toolbar" aria-label="Actions on this mention">
      {mention.hidden ? (
        // Unhiding a comment hidden on our page makes it public there again: the button says so.
        <Button disabled={isBusy} onClick={on.onUnhide}>
          {mention.platformHidden
            ? `Unhide here and on ${mention.platformOptions?.platformLabel ?? 'the platform'}`
            : 'Unhide'}
        </Button>
      ) : (
        <Button disabled={isBusy} onClick={on.onHide} aria-keyshortcuts="h">
          Hide
        </Button>
      )}
      <Button variant="danger" disabled={isBusy || live} onClick={on.onEscalate} aria-keyshortcuts="e">
        Escalate
      </Button>
      {live && mention.escalation && (
        <Link className="mention-detail__case" to={`/escalations/${mention.escalation.id}`}>
          Escalated: open case #{mention.escalation.id}
        </Link>
      )}
      <Button disabled={isBusy} onClick={on.onMark} aria-haspopup="dialog" aria-keyshortcuts="m">
        Mark
      </Button>
      <AssignPicker
        key={mention.assignee?.id ?? 'nobody'}
        assignee={mention.assignee}
        currentUserId={currentUserId}
        isBusy={isBusy}
        onAssign={on.onAssign}
      />
    </div>
  );
}
