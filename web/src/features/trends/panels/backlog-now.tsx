import { Link } from 'react-router';
import { Kpi } from '../components/kpi';
import { formatDuration } from '../range';
import type { PanelContext } from './panel';

/** The backlog now, as figures that open the queue where there is a filter for them. */
export function BacklogNow({ ctx }: { ctx: PanelContext }) {
  const now = ctx.data.response.data!.backlogNow;
  const open = ctx.href({ topCategory: 'any', everyStatus: false });
  const unassigned = ctx.href({ topCategory: 'any', everyStatus: false, assignee: 'none' });
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
      <Kpi label="Oldest untriaged">
        <strong className="kpi__value">{formatDuration(now.oldestUntriagedSeconds)}</strong>
      </Kpi>
    </ul>
  );
}
