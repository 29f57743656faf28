import type { MentionListItem } from '@ou-listening/shared';
import { MARK_LABELS, STATUS_LABELS } from './format';

type Props = { current: MentionListItem };

/** Shown after a 409: what the mention is now, so the user decides whether to try again. */
export function ConflictNotice({ current }: Props) {
  return (
    <div className="alert alert--warning" role="alert">
      <strong>This mention changed since it was shown here.</strong> It is now:
      <ul className="conflict__state">
        <li>Status: {STATUS_LABELS[current.status]}</li>
        <li>
          Latest mark:{' '}
          {current.latestMark
            ? `${MARK_LABELS[current.latestMark.mark]}${current.latestMark.by ? ` by ${current.latestMark.by.displayName}` : ''}`
            : 'none'}
        </li>
        <li>Assigned to: {current.assignee?.displayName ?? 'nobody'}</li>
        {current.escalation && <li>Escalation: {current.escalation.status}</li>}
      </ul>
      Nothing was changed. Check the above, then retry if your action still makes sense.
    </div>
  );
}
