import { useEscalationTimeline } from '../api/get-escalation-timeline';
import '../cases.css';
import { formatUkTime } from '../../../lib/uk-time';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Card } from '../../../components/ui/card';

type Props = { escalationId: string };

/** What happened to the case, oldest first, in words with names. */
export function CaseTimeline({ escalationId }: Props) {
  const timeline = useEscalationTimeline(escalationId);
  return (
    <Card id="timeline-title" title="Timeline">
      {timeline.isPending && <p className="loading">Loading the timeline…</p>}
      {timeline.isError && <ErrorAlert>Could not load the timeline: {timeline.error.message}</ErrorAlert>}
      {timeline.data && timeline.data.length === 0 && <p className="empty">Nothing recorded yet.</p>}
      {timeline.data && timeline.data.length > 0 && (
        <ol className="case-timeline">
          {timeline.data.map((entry, index) => (
            <li key={`${entry.at}-${index}`} className={`case-timeline__item case-timeline__item--${entry.kind}`}>
              <time dateTime={entry.at}>{formatUkTime(entry.at)}</time>
              <span>{entry.text}</span>
              {entry.detail && <q className="case-timeline__detail">{entry.detail}</q>}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
