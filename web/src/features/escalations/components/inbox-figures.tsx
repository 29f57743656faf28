import { Link } from 'react-router';
import '../cases.css';
import { formatDuration } from '../../../lib/uk-time';
import { useEscalationCounts } from '../api/get-escalation-counts';

/** The discipline officer's landing figures: what is open, urgent, overdue, and how long the oldest has waited. */
export function InboxFigures() {
  const counts = useEscalationCounts();
  if (counts.isPending) return <p className="loading">Loading the figures…</p>;
  if (counts.isError)
    return (
      <p className="alert alert--error" role="alert">
        Could not load the figures: {counts.error.message}
      </p>
    );
  const c = counts.data;
  const waitedSeconds = c.oldestWaitingSince ? (Date.now() - Date.parse(c.oldestWaitingSince)) / 1000 : null;
  return (
    <dl className="figures" aria-label="Cases at a glance">
      <div className="figure">
        <dt>Open</dt>
        <dd>
          <Link to="/escalations?status=open">{c.open}</Link>
        </dd>
      </div>
      <div className={`figure${c.urgent > 0 ? ' figure--alert' : ''}`}>
        <dt>Urgent</dt>
        <dd>
          <Link to="/escalations?severity=urgent">{c.urgent}</Link>
        </dd>
      </div>
      <div className={`figure${c.overdue > 0 ? ' figure--alert' : ''}`}>
        <dt>Overdue</dt>
        <dd>{c.overdue}</dd>
      </div>
      <div className="figure">
        <dt>Oldest waiting</dt>
        <dd>{waitedSeconds === null ? 'none' : formatDuration(waitedSeconds)}</dd>
      </div>
    </dl>
  );
}
