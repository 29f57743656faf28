/**
 * Pure figures behind the trends (issue 20): a trailing moving average, and a change between two
 * periods that stays readable when the earlier period had next to nothing.
 */

/** Days in the trailing window of the moving average. */
export const MOVING_AVERAGE_DAYS = 7;

/**
 * The trailing mean of each point over `window` points (the point and the window − 1 before it).
 * `values` may start with up to window − 1 points from before the range (`lead`), so the first
 * day of the range has a full window; the result covers only the points after the lead.
 */
export function trailingMean(values: readonly number[], window: number, lead: number): number[] {
  const out: number[] = [];
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) {
    sum += values[i]!;
    if (i >= window) sum -= values[i - window]!;
    if (i >= lead) out.push(Math.round((sum / Math.min(window, i + 1)) * 100) / 100);
  }
  return out;
}

/** Below this many in the earlier period, a percentage says more than it knows: show counts. */
export const SMALL_BASE = 20;

export type Change =
  /** nothing in either period */
  | { kind: 'none'; text: string }
  /** nothing before, something now */
  | { kind: 'new'; text: string }
  /** a small earlier count: the difference in counts */
  | { kind: 'count'; difference: number; text: string }
  | { kind: 'percent'; percent: number; text: string };

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/**
 * How a count moved from the previous period to this one. "new" when there was none before, a
 * difference in counts ("+7, from 2") below SMALL_BASE, otherwise a whole-number percentage.
 */
export function describeChange(current: number, previous: number): Change {
  if (current === 0 && previous === 0) return { kind: 'none', text: 'none in either period' };
  if (previous === 0) return { kind: 'new', text: `new: ${current}, none before` };
  if (previous < SMALL_BASE) {
    const difference = current - previous;
    return { kind: 'count', difference, text: `${signed(difference)}, from ${previous}` };
  }
  const percent = Math.round(((current - previous) / previous) * 100);
  // Past ten times the earlier figure a percentage stops being read: say how many times.
  if (current >= previous * 10)
    return { kind: 'percent', percent, text: `${Math.round(current / previous)}× (from ${previous})` };
  return { kind: 'percent', percent, text: `${signed(percent)}%` };
}
