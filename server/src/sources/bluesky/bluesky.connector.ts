import { AtpAgent, XRPCError } from '@atproto/api';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { BlueskyConfig } from '../../config/mastodon-bluesky-config.js';
import { PlatformConnector } from '../platform-connector.js';
import type { Cursor, DeletionCheck, PageResult, WatchQuery } from '../source-connector.js';
import { blueskyTerms, parsePostViews, sortAt } from './bluesky-post.js';
import { BlueskySessionFile } from './bluesky-session.js';

/**
 * high: per search term, the newest post time stored; the next poll asks since then. While a walk
 * follows a term's cursor, at (which term) and page (the cursor, and the newest time of the walk's
 * first page) are kept too, so a run that dies half way resumes the same pages with the same since,
 * and high moves only once the term's walk is stored, as X does with since_id.
 */
type BlueskyCursor = {
  high: Record<string, string>;
  at?: number;
  page?: { cursor: string; since: string; runHigh?: string };
};

const PAGE_SIZE = 100; // the API's maximum
const DELETION_BATCH = 25; // getPosts takes at most 25 URIs
const REQUEST_TIMEOUT_MS = 15_000;
const DEFAULT_RATE_LIMIT_WAIT_MS = 5 * 60_000;
// A term searched for the first time starts this far back, like X's recent search.
const FIRST_POLL_BACKFILL_MS = 7 * 24 * 60 * 60_000;
// Search indexes posts a little after they are made: each poll looks back this far before the
// high-water mark, and the (platform, uri) key drops what was already stored.
const SINCE_OVERLAP_MS = 2 * 60_000;

function readCursor(cursor: Cursor): BlueskyCursor {
  const high: Record<string, string> = {};
  if (typeof cursor.high === 'object' && cursor.high !== null)
    for (const [key, value] of Object.entries(cursor.high)) if (typeof value === 'string') high[key] = value;
  const at = typeof cursor.at === 'number' && Number.isInteger(cursor.at) && cursor.at >= 0 ? cursor.at : undefined;
  const rawPage = cursor.page as { cursor?: unknown; since?: unknown; runHigh?: unknown } | undefined;
  const page =
    rawPage && typeof rawPage.cursor === 'string' && typeof rawPage.since === 'string'
      ? {
          cursor: rawPage.cursor,
          since: rawPage.since,
          runHigh: typeof rawPage.runHigh === 'string' ? rawPage.runHigh : undefined,
        }
      : undefined;
  return { high, at, page };
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** ratelimit-reset is epoch seconds on Bluesky's services. */
export function blueskyRetryAt(headers: HeadersMap | undefined, now = Date.now()): Date {
  const reset = Number(headers?.['ratelimit-reset']);
  if (Number.isFinite(reset) && reset > 0) return new Date(reset * 1000);
  const retryAfter = Number(headers?.['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return new Date(now + retryAfter * 1000);
  return new Date(now + DEFAULT_RATE_LIMIT_WAIT_MS);
}

type HeadersMap = Record<string, string | undefined>;

/**
 * The page a lexicon check refused (XRPCInvalidResponseError, which @atproto/api does not
 * re-export): the body as the service sent it, or undefined for any other error.
 */
function refusedBody(error: unknown): Record<string, unknown> | undefined {
  if (!(error instanceof XRPCError) || !('responseBody' in error)) return undefined;
  const body = error.responseBody;
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined;
}

type Failure = { status: 'rate_limited'; retryAt: Date } | { status: 'failed'; retryable: boolean; message: string };

@Injectable()
export class BlueskyConnector extends PlatformConnector<'bluesky'> {
  readonly deletionBatchSize = DELETION_BATCH;
  private readonly logger = new Logger('Bluesky');
  private readonly config: BlueskyConfig | undefined;
  private agent: AtpAgent | undefined;
  private sessionFile: BlueskySessionFile | undefined;
  private signingIn: Promise<void> | undefined;

  constructor(@Inject(APP_CONFIG) appConfig: AppConfig) {
    const config = appConfig.ingest.bluesky;
    super('bluesky', {
      BLUESKY_HANDLE: !!config,
      BLUESKY_APP_PASSWORD: !!config,
      BLUESKY_BASE_URL: !!config && config.serviceUrl !== 'https://bsky.social',
    });
    this.config = config;
  }

  get configured(): boolean {
    return this.config !== undefined;
  }

  async fetchPage(query: WatchQuery, cursor: Cursor, signal?: AbortSignal): Promise<PageResult> {
    if (!this.config)
      return {
        status: 'failed',
        retryable: false,
        message: 'BLUESKY_HANDLE and BLUESKY_APP_PASSWORD are not set',
        cursor,
      };
    const terms = blueskyTerms(query);
    const at = readCursor(cursor);
    const index = at.at !== undefined && at.at < terms.length ? at.at : 0;
    const term = terms[index];
    if (!term) return { status: 'ok', posts: [], quarantined: [], cursor: { high: at.high }, done: true };
    const page = at.at === index ? at.page : undefined;
    const high = at.high[term];
    // A walk keeps the since it started with, so its cursor goes on meaning the same result set.
    const since =
      page?.since ??
      new Date(high ? Date.parse(high) - SINCE_OVERLAP_MS : Date.now() - FIRST_POLL_BACKFILL_MS).toISOString();

    let body: { posts?: unknown; cursor?: unknown };
    let headers: HeadersMap;
    try {
      const agent = await this.signedIn();
      const response = await agent.app.bsky.feed.searchPosts(
        {
          q: term,
          sort: 'latest',
          since,
          limit: PAGE_SIZE,
          ...(page ? { cursor: page.cursor } : {}),
          ...(query.language ? { lang: query.language } : {}),
        },
        { signal: signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
      );
      body = response.data;
      headers = response.headers;
    } catch (error) {
      // The lexicon check refuses a whole page for one bad post: read the page ourselves instead,
      // so the bad post is quarantined and the rest stored.
      const refused = refusedBody(error);
      if (!refused) return { ...this.failure(error), cursor };
      body = refused;
      headers = (error as XRPCError).headers ?? {};
    }

    const items: unknown[] = Array.isArray(body.posts) ? body.posts : [];
    const { posts, quarantined } = parsePostViews(items, query);
    let newest: string | undefined;
    for (const item of items) newest = later(newest, sortAt(item));
    const runHigh = page ? page.runHigh : newest;
    const nextCursor = typeof body.cursor === 'string' && body.cursor && items.length > 0 ? body.cursor : undefined;
    const exhausted = headers['ratelimit-remaining']?.trim() === '0';
    if (nextCursor) {
      return {
        status: 'ok',
        posts,
        quarantined,
        cursor: { high: at.high, at: index, page: { cursor: nextCursor, since, ...(runHigh ? { runHigh } : {}) } },
        done: exhausted,
      };
    }
    const termHigh = later(high, runHigh);
    const nextHigh = termHigh ? { ...at.high, [term]: termHigh } : at.high;
    const walkOver = index + 1 >= terms.length;
    return {
      status: 'ok',
      posts,
      quarantined,
      cursor: walkOver ? { high: nextHigh } : { high: nextHigh, at: index + 1 },
      done: walkOver || exhausted,
    };
  }

  /** Deletion compliance: getPosts answers for posts that still exist; the others are gone. */
  async checkDeletions(externalIds: string[], signal?: AbortSignal): Promise<DeletionCheck> {
    if (!this.config)
      return { status: 'failed', retryable: false, message: 'BLUESKY_HANDLE and BLUESKY_APP_PASSWORD are not set' };
    if (externalIds.length > DELETION_BATCH)
      return { status: 'failed', retryable: false, message: `at most ${DELETION_BATCH} posts per check` };
    const uris = externalIds;
    if (uris.length === 0) return { status: 'ok', gone: [] };
    let found: unknown[];
    try {
      const agent = await this.signedIn();
      const response = await agent.app.bsky.feed.getPosts(
        { uris },
        { signal: signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
      );
      found = response.data.posts;
    } catch (error) {
      const refused = refusedBody(error);
      // A body with no list of posts says nothing about which are gone: a failure, never "all gone".
      if (!refused || !Array.isArray(refused.posts)) return this.failure(error);
      found = refused.posts;
    }
    const alive = new Set(
      found.map((p) => (typeof p === 'object' && p !== null ? (p as { uri?: unknown }).uri : undefined)),
    );
    return { status: 'ok', gone: uris.filter((uri) => !alive.has(uri)) };
  }

  /**
   * The agent with a session: the one in memory, else the one saved under DATA_DIR (its access
   * token is refreshed by the library when it has expired), else a new login, which happens once
   * however many requests are waiting for it.
   */
  private async signedIn(): Promise<AtpAgent> {
    const config = this.config!;
    if (!this.agent) {
      const file = new BlueskySessionFile(config.sessionFile, config.serviceUrl, config.handle);
      this.sessionFile = file;
      this.agent = new AtpAgent({
        service: config.serviceUrl,
        persistSession: (event, session) => {
          try {
            if ((event === 'create' || event === 'update') && session) file.save(session);
            else if (event === 'expired') file.forget();
          } catch (error) {
            this.logger.warn(`could not keep the Bluesky session: ${error instanceof Error ? error.message : error}`);
          }
        },
      });
      const saved = file.load();
      if (saved) this.agent.sessionManager.session = saved;
    }
    const agent = this.agent;
    if (agent.hasSession) return agent;
    this.signingIn ??= agent
      .login({ identifier: config.handle, password: config.appPassword })
      .then(() => undefined)
      .finally(() => {
        this.signingIn = undefined;
      });
    await this.signingIn;
    return agent;
  }

  private failure(error: unknown): Failure {
    if (error instanceof XRPCError) {
      if (error.status === 429) return { status: 'rate_limited', retryAt: blueskyRetryAt(error.headers) };
      if (error.status === 401 || ['ExpiredToken', 'InvalidToken', 'AuthenticationRequired'].includes(error.error)) {
        // A session the service no longer takes: log in afresh on the next attempt.
        if (this.agent) this.agent.sessionManager.session = undefined;
        this.sessionFile?.forget();
        return {
          status: 'failed',
          // a refused login stays refused until the variables change; an expired session does not
          retryable: error.error !== 'AuthenticationRequired',
          message: `Bluesky refused the session or login (${error.error || error.status}); check BLUESKY_HANDLE and BLUESKY_APP_PASSWORD`,
        };
      }
      const retryable = error.status >= 500 || error.status < 200; // < 200: network or unknown
      return { status: 'failed', retryable, message: `Bluesky answered ${error.status} ${error.error}`.trim() };
    }
    return { status: 'failed', retryable: true, message: error instanceof Error ? error.message : String(error) };
  }
}
