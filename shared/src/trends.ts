import type { CategoryCode } from './categories.js';
import type { Change } from './trend-figures.js';

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

export const EXPORT_DATASETS = ['volume', 'escalations', 'summary', 'top', 'matrix', 'response'] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

/** The series key of mentions that no category applies to, when grouping by category. */
export const UNFLAGGED_KEY = 'none';

/** The longest range one request may cover (about three years). */
export const MAX_TREND_RANGE_DAYS = 1100;

export type TrendRange = { from: string; to: string };

export type VolumeQuery = TrendRange & {
  interval: TrendInterval;
  groupBy: TrendGroupBy;
  /** daily series: add each key's 7-day trailing mean to every bucket */
  average?: boolean;
};

/** One bucket: `start` is the first London day of the day, ISO week (Monday) or month. */
export type VolumeBucket = {
  start: string;
  total: number;
  counts: Record<string, number>;
  /** daily series only: each key's mean over this day and the 6 before it (days before the range included) */
  average?: Record<string, number>;
};

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
export type TrendsSummary = {
  current: PeriodSummary;
  previous: PeriodSummary;
  /** how each count moved: "new", a difference in counts from a small base, or a percentage */
  changes: Record<ChangeMeasure, Change>;
};

export type TopEntry = {
  key: string;
  platform: string | null;
  mentions: number;
  flagged: number;
  /** authors: the London day of their latest flagged mention in the range (ties are broken by it) */
  lastFlagged?: string | null;
};

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

/** Summary figures whose change from the previous period is described (see describeChange). */
export const CHANGE_MEASURES = ['mentions', 'flagged', 'escalated', 'hidden'] as const;
export type ChangeMeasure = (typeof CHANGE_MEASURES)[number] | `category:${CategoryCode}`;

/** GET /api/trends/matrix: mentions per top category (or "none") × platform over the range. */
export type CategoryPlatformMatrix = TrendRange & {
  platforms: string[];
  rows: { category: string; counts: Record<string, number>; total: number }[];
};

/** p50 and p90 of a duration in seconds, and how many it was measured over. */
export type DurationStats = { n: number; p50Seconds: number | null; p90Seconds: number | null };

/** One bucket of a duration series: the figures of everything that started in it. */
export type DurationBucket = DurationStats & { start: string };

/** Target times, from configuration (TRENDS_TARGET_* in the README), drawn as reference lines. */
export type ResponseTargets = {
  /** p90 time to first action for flagged mentions */
  firstActionMinutes: number;
  /** p90 time to first action for safeguarding and threat */
  urgentFirstActionMinutes: number;
  /** p90 time to a reply (or a "responded" mark) on comments left on the OU's own accounts */
  ownAccountResponseMinutes: number;
  /** p90 time for an escalation to be acknowledged */
  escalationAcknowledgeMinutes: number;
};

export const FIRST_ACTION_SERIES = ['flagged', 'urgent'] as const;

/** GET /api/trends/response: are we responding fast enough? */
export type ResponseTrends = TrendRange & {
  interval: TrendInterval;
  targets: ResponseTargets;
  /**
   * Time from ingestion to first action, by bucket of ingestion: every flagged mention ("all"),
   * and each top category on its own.
   */
  firstAction: Record<'all' | CategoryCode, DurationBucket[]>;
  /** the flagged mentions waiting now, whatever the range */
  backlogNow: {
    open: number;
    unassigned: number;
    untriaged: number;
    oldestUntriagedSeconds: number | null;
    /** pinned now: new and flagged for safeguarding or threat, nobody has acted on them yet */
    urgentWaiting: number;
    /** seconds since the longest-waiting of those arrived; null when none waits */
    oldestUrgentWaitingSeconds: number | null;
  };
  /** flagged mentions without a first action at the end of each bucket */
  backlog: { start: string; waiting: number }[];
  /** escalations raised in the range: time to acknowledge and to close, overall and by bucket raised */
  escalations: {
    acknowledge: DurationStats;
    close: DurationStats;
    acknowledgeBuckets: DurationBucket[];
    closeBuckets: DurationBucket[];
  };
  /** comments on the OU's own accounts: time from posting to our reply, by bucket of posting */
  ownAccountResponse: DurationBucket[];
  /** comments on our own accounts in the range that have had no reply yet */
  ownAccountUnanswered: number;
};

/** GET /api/trends/drill-down: how many mentions the queue holds for a drill-down's filter. */
export type DrillDownCount = { total: number; countLimit: number | null };
