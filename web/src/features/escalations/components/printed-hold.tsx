import { formatUkTime } from '../../../lib/uk-time';
import { useLegalHold } from '../api/get-legal-hold';

type Props = { escalationId: string; held: boolean };

/**
 * On the printable page, near the top: whether the case is under a legal hold, since when, set by
 * whom and why — on paper the hold must be as plain as on screen, not one line in the timeline.
 */
export function PrintedHold({ escalationId, held }: Props) {
  if (!held) return <p className="case-print-hold">Not under a legal hold.</p>;
  return <HeldSince escalationId={escalationId} />;
}

function HeldSince({ escalationId }: { escalationId: string }) {
  const view = useLegalHold(escalationId);
  const current = view.data?.history.find((h) => h.releasedAt === null);
  return (
    <p className="case-print-hold">
      <strong>Under a legal hold</strong>
      {current &&
        ` since ${formatUkTime(current.setAt)} (UK time), set by ${current.setBy ?? 'a former user'}. Reason: ${current.reason}`}
      {view.isError && ' (its details could not be loaded: see the timeline)'}
    </p>
  );
}
