import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Kpi } from '../components/kpi';
import { formatDuration } from '../range';
import type { PanelContext } from './panel';

type Tile = { label: string; value: ReactNode; note?: ReactNode };

/** The backlog now, as figures that open the queue where there is a filter for them. */
export function BacklogNow({ ctx }: { ctx: PanelContext }) {
  const { backlogNow: now, targets } = ctx.data.response.data!;
  const link = (to: string, n: number) => (
    <Link className="kpi__value" to={to}>
      {n}
    </Link>
  );
  const figure = (text: ReactNode) => <strong className="kpi__value">{text}</strong>;
  // Safeguarding and threats still waiting for anyone: the one figure here that is about minutes.
  const target = targets.urgentFirstActionMinutes;
  const late = now.oldestUrgentWaitingSeconds !== null && now.oldestUrgentWaitingSeconds > target * 60;
  const tiles: Tile[] = [
    { label: 'Open flagged', value: link(ctx.href({ topCategory: 'any', everyStatus: false }), now.open) },
    {
      label: 'Unassigned',
      value: link(ctx.href({ topCategory: 'any', everyStatus: false, assignee: 'none' }), now.unassigned),
    },
    { label: 'Untriaged', value: figure(now.untriaged) },
    { label: 'Oldest untriaged, waiting since it arrived', value: figure(formatDuration(now.oldestUntriagedSeconds)) },
    { label: 'Safeguarding and threats waiting', value: figure(now.urgentWaiting) },
    {
      label: 'Longest of those waits',
      value: figure(formatDuration(now.oldestUrgentWaitingSeconds)),
      note: (
        <span className={late ? 'kpi__delta kpi__delta--bad' : 'kpi__previous'}>
          {late ? `over the ${target}-minute target` : `target ${target} min`}
        </span>
      ),
    },
  ];
  return (
    <ul className="kpi-tiles kpi-tiles--compact" aria-label="Backlog now">
      {tiles.map((tile) => (
        <Kpi key={tile.label} label={tile.label}>
          {tile.value}
          {tile.note}
        </Kpi>
      ))}
    </ul>
  );
}
