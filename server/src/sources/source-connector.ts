import type { MentionListItem, OwnAccountContext, SourceKind, WatchQueryView } from '@ou-listening/shared';

/** What a source looks for, as stored in watch_queries: the view's terms without its page-only fields. */
export type WatchQuery = Omit<WatchQueryView, 'enabled' | 'translations'>;

/**
 * Where a connector is up to for one (source, query). Opaque to the ingest pipeline: only the
 * connector reads it; the pipeline stores it in source_cursors with the rows it covers.
 */
export type Cursor = Record<string, unknown>;

/** A cursor comes back from the database as plain JSON: true when `value` has these fields of these types. */
export function hasFields<T>(value: unknown, fields: { [K in keyof T]-?: 'string' | 'number' }): value is T {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return Object.entries(fields).every(([name, type]) => typeof record[name] === type);
}

/** A post in the shape of the mentions table, whatever platform it came from. */
export type NormalizedPost = Pick<
  MentionListItem,
  'platform' | 'externalId' | 'url' | 'authorId' | 'authorHandle' | 'authorName' | 'text' | 'lang'
> & {
  postedAt: Date;
  conversationId: string | null;
  inReplyToId: string | null;
  metrics: Record<string, number>;
  isDemo: boolean;
  /** set by the connectors of the OU's own pages (issue 16): the post it was left on, what the platform allows */
  ownAccount?: OwnAccountContext;
};

/** An item the connector could not turn into a post: kept for a person to look at, never dropped. */
export type BadItem = {
  platform: string;
  externalId: string | null;
  payload: unknown;
  error: string;
};

export type OkPage = { status: 'ok'; posts: NormalizedPost[]; quarantined: BadItem[]; cursor: Cursor; done: boolean };

export type PageResult =
  | OkPage
  | { status: 'rate_limited'; retryAt: Date; cursor: Cursor }
  | {
      status: 'failed';
      retryable: boolean;
      message: string;
      cursor: Cursor;
      /**
       * For a connector that reads several streams in turn (feeds, instances): the page that notes
       * the failing stream and moves past it, taken when the failure is final (not retryable, or
       * retries exhausted), so one dead feed does not keep every feed after it from being read.
       */
      passOver?: OkPage;
    };

export interface SourceConnector {
  readonly kind: SourceKind;
  /** false when the server lacks what the connector needs (credentials); the source is then not polled */
  readonly configured: boolean;
  /**
   * true for the OU's own pages, where every comment counts whatever the watch queries say: polled
   * once per run (under the first enabled query's cursor) rather than once per query.
   */
  readonly ignoresWatchQueries?: boolean;
  /** At most one HTTP request; never sleeps; returns what it got and the next cursor. */
  fetchPage(query: WatchQuery, cursor: Cursor, signal?: AbortSignal): Promise<PageResult>;
  /**
   * Deletion compliance (issues 15 and 18): which of these stored posts are gone from the platform
   * (deleted, made private, or their author suspended). At most `deletionBatchSize` ids per call;
   * the caller batches. Absent when the platform offers no check.
   */
  checkDeletions?(externalIds: string[], signal?: AbortSignal): Promise<DeletionCheck>;
  /** How many ids one checkDeletions call takes, as the platform's look-up allows. */
  readonly deletionBatchSize?: number;
  /**
   * The environment variables this connector reads, by NAME only, for the admin Sources page
   * (issue 15): whether each is set, never its value. `required` ones must all be set for
   * `configured` to be true; optional ones (a base URL for a fake, a token that widens reach) too
   * are listed. Absent: the page falls back to the names in sources/platform-settings.ts.
   */
  readonly settings?: readonly ConnectorSetting[];
  /**
   * The platform's quota as this process has counted it (YouTube: units per day), or null when
   * nothing is counted yet. Absent when the platform has no quota beyond its rate limits.
   */
  quota?(): Promise<SourceQuota | null>;
}

/** One environment variable a connector reads. The value itself never leaves the environment. */
export type ConnectorSetting = { name: string; set: boolean; secret: boolean; required: boolean };

/** A platform quota: used of limit units, counted until resetsAt (ISO 8601). */
export type SourceQuota = { used: number; limit: number; resetsAt: string };

export type DeletionCheck =
  /** gone: ids the platform no longer serves; every other id in the batch was seen alive */
  | { status: 'ok'; gone: string[] }
  | { status: 'rate_limited'; retryAt: Date }
  | { status: 'failed'; retryable: boolean; message: string };
