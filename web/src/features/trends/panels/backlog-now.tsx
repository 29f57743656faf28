import { Link } from 'react-router';
import { Kpi } from '../components/kpi';
import { formatDuration } from '../range';
import type { PanelContext } from './panel';

/** The backlog now, as figures that open the queue where there is a filter for them. */
export function BacklogNow({ ctx }: { ctx: PanelContext }) {
  const { backlogNow: now, targets } = ctx.data.response.data!;
  const open = ctx.href({ topCategory: 'any', everyStatus: false });
  const unassigned = ctx.href({ topCategory: 'any', everyStatus: false, assignee: 'none' });
  // Safeguarding and threats still waiting for anyone: the one figure here that is about minutes.
  const urgentLate =
    now.oldestUrgentWaitingSeconds !== null && now.oldestUrgentWaitingSeconds > targets.urgentFirstActionMinutes * 60;
  return (
    <ul className="kpi-tiles kpi-tiles--compact" aria-label="Backlog now">
      <Kpi label="Open flagged">
        <Link className="kpi__value" to={open}>
          {now.open}
        </Link>
      </Kpi>
      <Kpi label="Unassigned">
        <Link className="kpi__value" to={unassigned}>
          {now.unassigned}
        </Link>
      </Kpi>
      <Kpi label="Untriaged">
        <strong className="kpi__value">{now.untriaged}</strong>
      </Kpi>
      <Kpi label="Oldest untriaged, waiting since it arrived">
        <strong className="kpi__value">{formatDuration(now.oldestUntriagedSeconds)}</strong>
      </Kpi>
      <Kpi label="Safeguarding and threats waiting">
        <strong className="kpi__value">{now.urgentWaiting}</strong>
      </Kpi>
      <Kpi label="Longest of those waits">
        <strong className="kpi__value">{formatDuration(now.oldestUrgentWaitingSeconds)}</strong>
        <span className={urgentLate ? 'kpi__delta kpi__delta--bad' : 'kpi__previous'}>
          {urgentLate
            ? `over the ${targets.urgentFirstActionMinutes}-minute target`
            : `target ${targets.urgentFirstActionMinutes} min`}
        </span>
      </Kpi>
    </ul>
  );
}
