import type { Change, ChangeMeasure, TrendsSummary } from '@ou-listening/shared';
import { formatDuration, formatShare, percentChange } from '../range';

type Props = { summary: TrendsSummary };

type Tile = {
  label: string;
  value: string;
  current: number | null;
  previous: number | null;
  previousText: string;
  /** true when a fall is the good direction (harm, waiting time); null when neither is (volume) */
  lowerIsBetter: boolean | null;
  /** counts: the server's description of the change ("new", "+7, from 2", "+20%") */
  change?: Change;
};

/** The direction of a change: -1, 0 or 1. */
function directionOf(tile: Tile): { sign: number; text: string } | null {
  const change = tile.change;
  if (change) {
    if (change.kind === 'none') return null;
    if (change.kind === 'new') return { sign: 1, text: change.text };
    const n = change.kind === 'count' ? change.difference : change.percent;
    return { sign: Math.sign(n), text: `${change.text} vs previous` };
  }
  const percent = percentChange(tile.current, tile.previous);
  if (percent === null) return null;
  const rounded = Math.round(percent);
  return { sign: Math.sign(rounded), text: `${rounded > 0 ? '+' : ''}${rounded}% vs previous` };
}

function Delta({ tile }: { tile: Tile }) {
  const delta = directionOf(tile);
  if (delta === null) return <span className="kpi__delta kpi__delta--flat">no earlier figure</span>;
  const direction =
    delta.sign === 0 || tile.lowerIsBetter === null ? 'flat' : delta.sign < 0 === tile.lowerIsBetter ? 'good' : 'bad';
  const arrow = delta.sign > 0 ? '▲' : delta.sign < 0 ? '▼' : '■';
  return (
    <span className={`kpi__delta kpi__delta--${direction}`}>
      {arrow} {delta.text}
    </span>
  );
}

/** Headline figures for the range, each against the previous period of the same length. */
export function KpiTiles({ summary }: Props) {
  const { current: c, previous: p } = summary;
  const change = (measure: ChangeMeasure) => summary.changes[measure];
  const share = (s: typeof c) => (s.mentions === 0 ? null : s.flagged / s.mentions);
  const tiles: Tile[] = [
    {
      label: 'Mentions',
      change: change('mentions'),
      value: String(c.mentions),
      current: c.mentions,
      previous: p.mentions,
      previousText: String(p.mentions),
      lowerIsBetter: null,
    },
    {
      label: 'Flagged',
      change: change('flagged'),
      value: String(c.flagged),
      current: c.flagged,
      previous: p.flagged,
      previousText: String(p.flagged),
      lowerIsBetter: true,
    },
    {
      label: 'Flagged share',
      value: share(c) === null ? '—' : formatShare(share(c)!),
      current: share(c),
      previous: share(p),
      previousText: share(p) === null ? '—' : formatShare(share(p)!),
      lowerIsBetter: true,
    },
    {
      label: 'Escalated',
      change: change('escalated'),
      value: String(c.escalated),
      current: c.escalated,
      previous: p.escalated,
      previousText: String(p.escalated),
      lowerIsBetter: true,
    },
    {
      label: 'Hidden',
      change: change('hidden'),
      value: String(c.hidden),
      current: c.hidden,
      previous: p.hidden,
      previousText: String(p.hidden),
      lowerIsBetter: true,
    },
    {
      label: 'Open escalations',
      value: String(c.openEscalations),
      current: c.openEscalations,
      previous: p.openEscalations,
      previousText: String(p.openEscalations),
      lowerIsBetter: true,
    },
    {
      label: 'Time to first action (median)',
      value: formatDuration(c.timeToFirstAction.medianSeconds),
      current: c.timeToFirstAction.medianSeconds,
      previous: p.timeToFirstAction.medianSeconds,
      previousText: formatDuration(p.timeToFirstAction.medianSeconds),
      lowerIsBetter: true,
    },
    {
      label: 'Time to first action (90th percentile)',
      value: formatDuration(c.timeToFirstAction.p90Seconds),
      current: c.timeToFirstAction.p90Seconds,
      previous: p.timeToFirstAction.p90Seconds,
      previousText: formatDuration(p.timeToFirstAction.p90Seconds),
      lowerIsBetter: true,
    },
  ];
  return (
    <ul className="kpi-tiles" aria-label="Key figures">
      {tiles.map((tile) => (
        <li key={tile.label} className="kpi">
          <span className="kpi__label">{tile.label}</span>
          <strong className="kpi__value">{tile.value}</strong>
          <Delta tile={tile} />
          <span className="kpi__previous">
            previous {p.from} – {p.to}: {tile.previousText}
          </span>
        </li>
      ))}
    </ul>
  );
}
