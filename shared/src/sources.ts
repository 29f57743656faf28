/** Sources, watch queries and ingest runs as the admin API returns them (DESIGN.md §5). */

/**
 * Every platform a source can poll. facebook and instagram are the OU's own pages (issue 16);
 * a public report (issue 17) is a mention on platform 'report', never a polled source.
 */
export const SOURCE_KINDS = [
  'x',
  'demo',
  'mastodon',
  'bluesky',
  'reddit',
  'youtube',
  'rss',
  'facebook',
  'instagram',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const INGEST_RUN_STATUSES = ['running', 'ok', 'partial', 'rate_limited', 'failed'] as const;
export type IngestRunStatus = (typeof INGEST_RUN_STATUSES)[number];

/** Why a source is or is not being polled, in one word the page can show. */
export type SourceState =
  | 'active'
  | 'disabled'
  /** enabled, but the server has no credentials or connector for it (e.g. X without X_BEARER_TOKEN) */
  | 'not_configured'
  /** the demo source while DEMO=off */
  | 'demo_off'
  | 'rate_limited';

export type SourceHealth = {
  state: SourceState;
  lastRunAt: string | null;
  lastRunStatus: IngestRunStatus | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  /** null when the source is not polled at all */
  nextPollAt: string | null;
};

export type SourceView = {
  id: string;
  kind: SourceKind;
  name: string;
  enabled: boolean;
  pollIntervalSeconds: number;
  retryAt: string | null;
  /** true for the demo source: its mentions are demo data, never real posts */
  isDemo: boolean;
  health: SourceHealth;
};

export type IngestRunView = {
  id: string;
  sourceId: string;
  sourceName: string;
  startedAt: string;
  finishedAt: string | null;
  status: IngestRunStatus;
  fetched: number;
  inserted: number;
  duplicates: number;
  quarantined: number;
  error: string | null;
  retryAt: string | null;
};

export type WatchQueryView = {
  id: string;
  name: string;
  phrases: string[];
  handles: string[];
  hashtags: string[];
  exclusions: string[];
  language: string | null;
  includeReposts: boolean;
  enabled: boolean;
};

export type UpdateSourceRequest = { enabled?: boolean; pollIntervalSeconds?: number };

export type WatchQueryRequest = {
  name: string;
  phrases?: string[];
  handles?: string[];
  hashtags?: string[];
  exclusions?: string[];
  language?: string | null;
  includeReposts?: boolean;
  enabled?: boolean;
};

export type UpdateWatchQueryRequest = Partial<WatchQueryRequest>;
