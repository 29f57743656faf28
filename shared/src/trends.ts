import type { CategoryCode } from './categories.js';

/**
 * Trends and reports for managers (issue 8): aggregates only, never post text or the queue.
 * Dates are Europe/London calendar days written YYYY-MM-DD; `from` and `to` are both inclusive.
 */

export const TREND_INTERVALS = ['day', 'week', 'month'] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];

export const TREND_GROUP_BYS = ['category', 'platform', 'status'] as const;
export type TrendGroupBy = (typeof TREND_GROUP_BYS)[number];

export const TOP_DIMENSIONS = ['author', 'hashtag', 'domain'] as const;
export type TopDimension = (typeof TOP_DIMENSIONS)[number];

export const SPIKE_WINDOWS = ['hour', 'day'] as const;
export type SpikeWindow = (typeof SPIKE_WINDOWS)[number];

export const EXPORT_DATASETS = ['volume', 'escalations', 'summary', 'top'] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

/** The series key of mentions that no category applies to, when grouping by category. */
export const UNFLAGGED_KEY = 'none';

/** The longest range one request may cover (about three years). */
export const MAX_TREND_RANGE_DAYS = 1100;

export type TrendRange = { from: string; to: string };

export type VolumeQuery = TrendRange & { interval: TrendInterval; groupBy: TrendGroupBy };

/** One bucket: `start` is the first London day of the day, ISO week (Monday) or month. */
export type VolumeBucket = { start: string; total: number; counts: Record<string, number> };

/** GET /api/trends/volume: every bucket of the range is present, zero-filled, in order. */
export type VolumeSeries = VolumeQuery & {
  /** every key that has a count in some bucket, plus every category when grouping by category */
  keys: string[];
  buckets: VolumeBucket[];
};

export type EscalationBucket = { start: string; raised: number; closed: number };

/** GET /api/trends/escalations: escalations raised and closed per bucket. */
export type EscalationSeries = TrendRange & { interval: TrendInterval; buckets: EscalationBucket[] };

export type PlatformShare = { platform: string; mentions: number; flagged: number; share: number };

export type TimeToFirstAction = {
  /** mentions ingested in the period that someone has acted on */
  actioned: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
};

export type PeriodSummary = TrendRange & {
  mentions: number;
  /** mentions with any category */
  flagged: number;
  /** each mention counts once, under its top category */
  byCategory: Record<CategoryCode, number>;
  /** escalations raised in the period */
  escalated: number;
  hidden: number;
  /** escalations not closed at the end of the period */
  openEscalations: number;
  timeToFirstAction: TimeToFirstAction;
  flaggedShareByPlatform: PlatformShare[];
};

/** GET /api/trends/summary: the period asked for and the one of equal length just before it. */
export type TrendsSummary = { current: PeriodSummary; previous: PeriodSummary };

export type TopEntry = { key: string; platform: string | null; mentions: number; flagged: number };

/** GET /api/trends/top */
export type TopList = TrendRange & { by: TopDimension; items: TopEntry[] };

export type SpikeAlertView = {
  id: string;
  category: CategoryCode;
  window: SpikeWindow;
  windowStart: string;
  windowEnd: string;
  count: number;
  baselineMedian: number;
  baselineMad: number;
  threshold: number;
  /** evidence terms (or recognizer names, for personal data) most common in the window */
  terms: string[];
  createdAt: string;
  acknowledgedAt: string | null;
};

export type SpikeAlertList = { items: SpikeAlertView[] };
