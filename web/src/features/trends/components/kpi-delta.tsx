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
  /** a share (0–1): it moves in percentage points, not by a percentage of itself */
  share?: boolean;
};

/** How a figure moved, in words; `sign` is -1, 0 or 1, or null when there is no direction to show. */
type Movement = { sign: number | null; text: string };

const NO_EARLIER: Movement = { sign: null, text: 'no earlier figure' };
const NO_FIGURE_NOW: Movement = { sign: null, text: 'no figure this period' };
const NO_FIGURE_EITHER: Movement = { sign: null, text: 'no figure in either period' };
const NONE_EITHER: Movement = { sign: null, text: 'none in either period' };

const signed = (n: number, text: string) => `${n > 0 ? '+' : ''}${text}`;

function movementOfChange(change: Change): Movement {
  switch (change.kind) {
    case 'none':
      return { sign: null, text: change.text };
    case 'new':
      return { sign: 1, text: change.text };
    case 'count':
      return { sign: Math.sign(change.difference), text: `${change.text} vs previous` };
    case 'percent':
      return { sign: Math.sign(change.percent), text: `${change.text} vs previous` };
  }
}

function movementOf(tile: Tile): Movement {
  if (tile.change) return movementOfChange(tile.change);
  const { current, previous } = tile;
  if (current === null) return previous === null ? NO_FIGURE_EITHER : NO_FIGURE_NOW;
  if (previous === null) return NO_EARLIER;
  if (current === 0 && previous === 0) return NONE_EITHER;
  if (tile.share) {
    const points = Math.round((current - previous) * 1000) / 10;
    return { sign: Math.sign(points), text: `${signed(points, points.toFixed(1))} points vs previous` };
  }
  if (previous === 0) return { sign: 1, text: `new: ${tile.value}, none before` };
  const rounded = Math.round(percentChange(current, previous)!);
  return { sign: Math.sign(rounded), text: `${signed(rounded, String(rounded))}% vs previous` };
}

/** How a figure moved against the previous period, coloured good or bad where a direction is either. */
export function Delta({ tile }: { tile: Tile }) {
  const { sign, text } = movementOf(tile);
  if (sign === null) return <span className="kpi__delta kpi__delta--flat">{text}</span>;
  const direction =
    sign === 0 || tile.lowerIsBetter === null ? 'flat' : sign < 0 === tile.lowerIsBetter ? 'good' : 'bad';
  const arrow = sign > 0 ? '▲' : sign < 0 ? '▼' : '■';
  return (
    <span className={`kpi__delta kpi__delta--${direction}`}>
      {arrow} {text}
    </span>
  );
}
