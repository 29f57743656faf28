import { MAX_TREND_RANGE_DAYS, type TrendInterval, type TrendRange } from '@ou-listening/shared';
import { datesOutOfOrder, isDay } from '../../lib/uk-time';

export const RANGE_PRESETS = ['7', '30', '90'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number] | 'custom';

const DAY_MS = 86_400_000;

/** Today's date in London, YYYY-MM-DD, whatever the browser's time zone. */
export function londonToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysIn(range: TrendRange): number {
  return Math.round((Date.parse(range.to) - Date.parse(range.from)) / DAY_MS) + 1;
}

/** The last `days` days, today included. */
export const presetRange = (days: number, today: string): TrendRange => ({ from: addDays(today, 1 - days), to: today });

/** Enough buckets to see a shape, few enough to read: days up to ~6 weeks, then weeks, then months. */
export function defaultInterval(range: TrendRange): TrendInterval {
  const days = daysIn(range);
  if (days <= 45) return 'day';
  if (days <= 200) return 'week';
  return 'month';
}

/**
 * Why the server would refuse a custom range, in words for the date fields, or null when it would not.
 * Checked before anything is sent, so one message replaces a failed request per chart.
 */
export function rangeProblem(range: TrendRange, today: string): string | null {
  const notADay = [range.from, range.to].find((day) => day && !isDay(day));
  // Date fields give a real day or nothing; a hand-edited address can give anything.
  if (notADay) return `“${notADay}” is not a real date; choose both dates.`;
  if (!isDay(range.from) || !isDay(range.to)) return 'Choose both dates.';
  if (datesOutOfOrder(range.from, range.to))
    return 'The end date is before the start date; pick an end on or after the start.';
  if (range.to > today) return 'The end date must not be after today: there are no figures yet.';
  if (daysIn(range) > MAX_TREND_RANGE_DAYS)
    return `A range may cover at most ${MAX_TREND_RANGE_DAYS.toLocaleString('en-GB')} days (about three years); pick a later start or an earlier end.`;
  return null;
}

/** 95 → "1 min 35 s", 7200 → "2 h 0 min". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;
  return `${Math.floor(seconds / 86_400)} d ${Math.round((seconds % 86_400) / 3600)} h`;
}

export const formatShare = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** The change from the previous period, as a signed percentage, or null when there is nothing to compare. */
export function percentChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return ((current - previous) / previous) * 100;
}
