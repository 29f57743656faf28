import type { SpikeWindow } from '@ou-listening/shared';

/** How far above the baseline a window must be, in robust standard deviations (1.4826 × MAD). */
export const SPIKE_SIGMAS = 3;
/** Fewer posts than this are never a spike, however quiet the baseline: one angry thread is not a trend. */
export const SPIKE_MIN_COUNT: Readonly<Record<SpikeWindow, number>> = { hour: 5, day: 15 };
/** The same window on each of the previous 28 days. */
export const BASELINE_DAYS = 28;

export type SpikeVerdict = { spike: boolean; median: number; mad: number; threshold: number };

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Median and MAD are robust: an earlier spike in the baseline does not hide the next one the way a
 * mean and standard deviation would. The scale has a floor of one post so that a category that is
 * almost always zero does not alert on its first two posts.
 */
export function judgeWindow(count: number, baseline: readonly number[], window: SpikeWindow): SpikeVerdict {
  const m = median(baseline);
  const mad = median(baseline.map((v) => Math.abs(v - m)));
  const threshold = m + SPIKE_SIGMAS * Math.max(1.4826 * mad, 1);
  return { spike: count >= SPIKE_MIN_COUNT[window] && count >= threshold, median: m, mad, threshold };
}
