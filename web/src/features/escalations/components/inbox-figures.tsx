import type { EscalationCounts } from '@ou-listening/shared';
import { Link } from 'react-router';
import '../cases.css';
import { QueryState } from '../../../components/ui/query-state';
import { formatDuration } from '../../../lib/uk-time';
import { useEscalationCounts } from '../api/get-escalation-counts';

/** The discipline officer's landing figures: what is open, urgent, overdue, and how long the oldest has waited. */
export function InboxFigures() {
  return (
    <QueryState query={useEscalationCounts()} loading="Loading the figures…" failed="Could not load the figures">
      {(counts) => <Figures counts={counts} />}
    </QueryState>
  );
}

function Figure({ term, alert = false, children }: { term: string; alert?: boolean; children: React.ReactNode }) {
  return (
    <div className={`figure${alert ? ' figure--alert' : ''}`}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Figures({ counts: c }: { counts: EscalationCounts }) {
  const waitedSeconds = c.oldestWaitingSince ? (Date.now() - Date.parse(c.oldestWaitingSince)) / 1000 : null;
  return (
    <dl className="figures" aria-label="Cases at a glance">
      <Figure term="Open">
        <Link to="/escalations?status=open">{c.open}</Link>
      </Figure>
      <Figure term="Urgent" alert={c.urgent > 0}>
        <Link to="/escalations?severity=urgent">{c.urgent}</Link>
      </Figure>
      <Figure term="Overdue" alert={c.overdue > 0}>
        {c.overdue}
      </Figure>
      <Figure term="Oldest waiting">{waitedSeconds === null ? 'none' : formatDuration(waitedSeconds)}</Figure>
    </dl>
  );
}
