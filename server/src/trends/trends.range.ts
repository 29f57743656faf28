import { MAX_TREND_RANGE_DAYS, type TrendInterval, type TrendRange } from '@ou-listening/shared';
import { TrendRangeInvalid } from './trends.errors.js';

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since the epoch of a YYYY-MM-DD calendar day; throws when it is not a real day. */
function dayNumber(name: string, value: string): number {
  const match = DAY_PATTERN.exec(value);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value)
    throw new TrendRangeInvalid(`${name} must be a calendar day written YYYY-MM-DD (got "${value}")`);
  return ms / DAY_MS;
}

const dayString = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Checks a range of Europe/London calendar days (both ends inclusive). */
export function checkRange(range: TrendRange): TrendRange {
  const from = dayNumber('from', range.from);
  const to = dayNumber('to', range.to);
  if (from > to) throw new TrendRangeInvalid(`from (${range.from}) must not be after to (${range.to})`);
  if (to - from + 1 > MAX_TREND_RANGE_DAYS)
    throw new TrendRangeInvalid(`the range may cover at most ${MAX_TREND_RANGE_DAYS} days`);
  return { from: range.from, to: range.to };
}

/** The range of equal length that ends the day before this one starts. */
export function previousRange(range: TrendRange): TrendRange {
  const from = dayNumber('from', range.from);
  const length = dayNumber('to', range.to) - from + 1;
  return { from: dayString(from - length), to: dayString(from - 1) };
}

/** The day `days` after (or before, when negative) a YYYY-MM-DD day. */
export const shiftDay = (day: string, days: number): string => dayString(dayNumber('day', day) + days);

/** The first day of each bucket of the range, as the SQL buckets are: ISO weeks from Monday, months from the 1st. */
export function bucketStarts(range: TrendRange, interval: TrendInterval): string[] {
  const first = dayNumber('from', range.from);
  const last = dayNumber('to', range.to);
  const starts = new Set<string>();
  for (let n = first; n <= last; n += 1) starts.add(bucketOf(dayString(n), interval));
  return [...starts];
}

export function bucketOf(day: string, interval: TrendInterval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return `${day.slice(0, 8)}01`;
  const n = dayNumber('day', day);
  const weekday = (new Date(n * DAY_MS).getUTCDay() + 6) % 7; // Monday 0
  return dayString(n - weekday);
}
