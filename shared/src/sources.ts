/** Sources, watch queries and ingest runs as the admin API returns them (DESIGN.md §5). */

/**
 * Every platform a source can poll. facebook, instagram, youtube_channel (comments on the OU's channel)
 * and x_replies (replies in @OpenUniversity's conversations) are the OU's own accounts (issue 16);
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
  'youtube_channel',
  'x_replies',
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
  /** Reddit communities read whole, without the r/ */
  subreddits: string[];
  /** RSS/Atom feed URLs read beside RSS_FEEDS */
  feeds: string[];
  enabled: boolean;
  /** what each platform is asked, derived from the terms above */
  translations: WatchQueryTranslation[];
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
  subreddits?: string[];
  feeds?: string[];
  enabled?: boolean;
};

export type UpdateWatchQueryRequest = Partial<WatchQueryRequest>;

/** The platforms a watch query is translated for, in the order the Sources page shows them. */
export const SEARCHED_PLATFORMS = ['x', 'bluesky', 'mastodon', 'reddit', 'youtube', 'rss'] as const;
export type SearchedPlatform = (typeof SEARCHED_PLATFORMS)[number];

/** One platform's reading of a watch query: the searches it will run, or why it cannot run them. */
export type WatchQueryTranslation = {
  platform: SearchedPlatform;
  /** each search or request the connector makes, as the platform sees it */
  searches: string[];
  /** what the platform cannot express (applied after fetching, or not at all) */
  note: string | null;
  /** why the platform would refuse this query (e.g. too long); the API refuses to save it */
  problem: string | null;
};

/** Names for every source kind, for people. */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  x: 'X (Twitter)',
  demo: 'Demo',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  reddit: 'Reddit',
  youtube: 'YouTube',
  rss: 'RSS / Atom',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube_channel: 'YouTube channel (ours)',
  x_replies: 'X replies to @OpenUniversity',
};

/** One environment variable a platform reads. Its value never leaves the server's environment. */
export type PlatformSetting = { name: string; set: boolean; secret: boolean; required: boolean };

export type PlatformQuota = { used: number; limit: number; resetsAt: string };

/** One platform on the admin Sources page: can this server poll it, what is missing, how it is doing. */
export type PlatformStatus = {
  kind: SourceKind;
  label: string;
  /** this server has a connector for the platform */
  supported: boolean;
  configured: boolean;
  /** names of required variables that are not set (names only, never values) */
  missing: string[];
  /** any one of `missing` would do (RSS: RSS_FEEDS, or RSS=on for the feeds watch queries name) */
  missingOneOf: boolean;
  settings: PlatformSetting[];
  sources: { id: string; name: string; enabled: boolean; state: SourceState }[];
  /** the latest retry time the platform asked for, while it is still ahead */
  retryAt: string | null;
  /** null when the platform has no quota, or none is counted yet */
  quota: PlatformQuota | null;
  /** the latest runs of this platform's sources, newest first */
  recentRuns: IngestRunView[];
  /** mentions stored with this platform */
  mentions: number;
};

/** A platform the queue's filter offers: configured here, or with mentions stored. */
export type PlatformFilterOption = { platform: string; label: string; configured: boolean; mentions: number };
