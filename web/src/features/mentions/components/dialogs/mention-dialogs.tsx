import { type EscalateResult, isUrgentCategory, type MentionListItem } from '@ou-listening/shared';
import { useEscalateMention } from '../../api/escalate-mention';
import { useMarkMention } from '../../api/mark-mention';
import { conflictOf } from '../../api/mention-mutation';
import { authorOf, pinnedFor, urgentCategoriesOf } from '../format';
import { dangerFor } from './danger-confirm';
import { MarkForm } from './mark-form';
import { ESCALATION_REASON_MAX, ReasonForm } from './reason-form';
import { versionFor } from './version-for';
import { hasLiveCase } from '../detail/mention-actions';

type Props<T> = { mention: MentionListItem; onDone: (result: T) => void; onClose: () => void };

export function EscalateDialog({ mention, onDone, onClose }: Props<EscalateResult>) {
  const escalate = useEscalateMention();
  const conflict = conflictOf(escalate.error);
  // Flagged, or sent to a second look, for safeguarding or threat: whoever escalates it has judged
  // that someone may be at risk, so it goes to the Safeguarding team at once.
  const danger = urgentCategoriesOf(mention).length > 0 || mention.secondLook.some(isUrgentCategory);
  return (
    <ReasonForm
      title={`Escalate the mention by ${authorOf(mention)}`}
      submitLabel="Escalate mention"
      maxLength={ESCALATION_REASON_MAX}
      withSeverity={danger ? 'urgent' : 'medium'}
      isPending={escalate.isPending}
      failure={{ error: escalate.error, conflict }}
      moot={
        conflict?.escalation && hasLiveCase(conflict)
          ? `Case #${conflict.escalation.id} is already open for this mention: there is nothing to escalate again.`
          : null
      }
      onSubmit={({ reason, severity }) =>
        escalate.mutate(
          { id: mention.id, reason, severity, version: versionFor(mention, escalate.error) },
          { onSuccess: onDone },
        )
      }
      onClose={onClose}
    />
  );
}

export function MarkDialog({ mention, onDone, onClose }: Props<MentionListItem>) {
  const markMention = useMarkMention();
  return (
    <MarkForm
      title={`Mark the mention by ${authorOf(mention)}`}
      submitLabel="Save mark"
      categories={mention.categories.map((c) => c.category)}
      danger={dangerFor(pinnedFor([mention]), 1, 'Marking it')}
      isPending={markMention.isPending}
      failure={{ error: markMention.error, conflict: conflictOf(markMention.error) }}
      onSubmit={(values) =>
        markMention.mutate(
          { id: mention.id, ...values, version: versionFor(mention, markMention.error) },
          { onSuccess: onDone },
        )
      }
      onClose={onClose}
    />
  );
}
