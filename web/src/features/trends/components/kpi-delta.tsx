import type { Change } from '@ou-listening/shared';
import { percentChange } from '../range';

export type Tile = {
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

/** How a figure moved against the previous period, coloured good or bad where a direction is either. */
export function Delta({ tile }: { tile: Tile }) {
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
