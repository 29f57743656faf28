import { Inject, Injectable, Logger } from '@nestjs/common';
import { createRestAPIClient, MastoHttpError, MastoTimeoutError, type mastodon } from 'masto';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { MastodonConfig } from '../../config/mastodon-bluesky-config.js';
import { PlatformConnector } from '../platform-connector.js';
import type { Cursor, DeletionCheck, OkPage, PageResult, WatchQuery } from '../source-connector.js';
import { newerId, parseStatuses } from './mastodon-status.js';
import { type MastodonStream, mastodonStreams } from './mastodon-streams.js';

/**
 * high: the newest status id stored per stream (instance + hashtag or search); the next poll asks
 * for what is newer (min_id). at: the stream a walk over all of them is on, so a run that stops half
 * way (rate limit, page cap, a kill) resumes there; absent between walks.
 */
type MastodonCursor = { high: Record<string, string>; at?: number };

const PAGE_SIZE = 40; // the API's maximum
const REQUEST_TIMEOUT_MS = 15_000;
// Mastodon allows 300 requests per 5 minutes per account and address: wait one window when unsure.
const DEFAULT_RATE_LIMIT_WAIT_MS = 5 * 60_000;
// A stream polled for the first time starts this far back (Mastodon's ids carry their time), like X's recent search.
const FIRST_POLL_BACKFILL_MS = 7 * 24 * 60 * 60_000;
/**
 * The mark of a stream whose first poll found nothing newer than the week-old id. The API promises
 * only that an id is a string: on a server whose ids do not carry their time (GoToSocial, Pleroma,
 * a quiet tag on Mastodon itself) the next poll asks for the newest page instead, keeps what was
 * posted within the week, and goes forward from its newest id.
 */
const NEWEST_PAGE = 'newest';
// Statuses looked up per checkDeletions call; Mastodon has no batch look-up by URI.
export const MASTODON_DELETION_BATCH = 20;

function readCursor(cursor: Cursor): MastodonCursor {
  const high: Record<string, string> = {};
  if (typeof cursor.high === 'object' && cursor.high !== null)
    for (const [key, value] of Object.entries(cursor.high)) if (typeof value === 'string') high[key] = value;
  const at = typeof cursor.at === 'number' && Number.isInteger(cursor.at) && cursor.at >= 0 ? cursor.at : undefined;
  return { high, at };
}

/** The smallest Mastodon id of a status posted at `ms` (a snowflake: milliseconds << 16). */
function snowflakeAt(ms: number): string {
  return (BigInt(Math.floor(ms)) << 16n).toString();
}

/** X-RateLimit-Reset is an ISO 8601 time on Mastodon; some servers send epoch seconds or Retry-After. */
export function mastodonRetryAt(headers: Headers | undefined, now = Date.now()): Date {
  const reset = headers?.get('x-ratelimit-reset')?.trim();
  if (reset) {
    const at = /^\d+$/.test(reset) ? Number(reset) * 1000 : Date.parse(reset);
    if (Number.isFinite(at) && at > 0) return new Date(at);
  }
  const retryAfter = Number(headers?.get('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) return new Date(now + retryAfter * 1000);
  return new Date(now + DEFAULT_RATE_LIMIT_WAIT_MS);
}

/** A status URI as Mastodon mints it: https://host/users/name/statuses/<id>. */
function originOf(uri: string): { host: string; id: string } | undefined {
  const match = /^https?:\/\/([^/]+)\/users\/[^/]+\/statuses\/([^/?#]+)$/.exec(uri);
  return match ? { host: match[1]!, id: match[2]! } : undefined;
}

@Injectable()
export class MastodonConnector extends PlatformConnector<'mastodon'> {
  readonly deletionBatchSize = MASTODON_DELETION_BATCH;
  private readonly logger = new Logger('Mastodon');
  private readonly config: MastodonConfig | undefined;
  private readonly clients = new Map<string, mastodon.rest.Client>();

  constructor(@Inject(APP_CONFIG) appConfig: AppConfig) {
    const config = appConfig.ingest.mastodon;
    super('mastodon', {
      MASTODON_URL: !!config,
      MASTODON_TOKEN: !!config?.token,
      MASTODON_BASE_URL: !!config?.baseUrl,
    });
    this.config = config;
  }

  get configured(): boolean {
    return this.config !== undefined;
  }

  async fetchPage(query: WatchQuery, cursor: Cursor, signal?: AbortSignal): Promise<PageResult> {
    const config = this.config;
    if (!config) return { status: 'failed', retryable: false, message: 'MASTODON_URL is not set', cursor };
    const streams = mastodonStreams(query, config.instances, !!config.token);
    const at = readCursor(cursor);
    const index = at.at !== undefined && at.at < streams.length ? at.at : 0;
    const stream = streams[index];
    if (!stream) return { status: 'ok', posts: [], quarantined: [], cursor: { high: at.high }, done: true };

    const mark = at.high[stream.key];
    const newestPage = mark === NEWEST_PAGE;
    const since = newestPage ? undefined : mark;
    const backfillFrom = Date.now() - FIRST_POLL_BACKFILL_MS;
    let headers: Headers;
    let items: unknown[];
    try {
      ({ headers, items } = await this.request(
        stream,
        newestPage ? undefined : (since ?? snowflakeAt(backfillFrom)),
        signal,
      ));
    } catch (error) {
      const failed = this.failure(error, cursor, stream);
      if (failed.status !== 'failed') return failed;
      // An instance that is down or refuses us must not keep the others from being read: once the
      // failure is final it is noted, and the walk goes on with the next stream (this one's mark is
      // unchanged, so the next pass asks it again from where it was).
      const next = index + 1;
      const walkOver = next >= streams.length;
      const passOver: OkPage = {
        status: 'ok',
        posts: [],
        quarantined: [
          { platform: 'mastodon', externalId: null, payload: { instance: stream.instance }, error: failed.message },
        ],
        cursor: walkOver ? { high: at.high } : { high: at.high, at: next },
        done: walkOver,
      };
      return { ...failed, passOver };
    }

    const parsed = parseStatuses(items, stream.instance, query);
    const { quarantined, optedOut } = parsed;
    const posts = newestPage ? parsed.posts.filter((p) => p.postedAt.getTime() >= backfillFrom) : parsed.posts;
    // Counted, never stored: the count alone goes to the log (no handle, no text).
    if (optedOut > 0)
      this.logger.log(
        `${new URL(stream.instance).host}: left out ${optedOut} statuses whose authors opted out of discovery`,
      );
    let newest = since;
    for (const item of items)
      if (typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string')
        newest = newerId(newest, (item as { id: string }).id);
    const high = { ...at.high };
    if (newest) high[stream.key] = newest;
    else if (mark === undefined) high[stream.key] = NEWEST_PAGE;
    // A full page means more is waiting on this stream; otherwise go on to the next stream. The
    // newest page is one look back, not a walk.
    const next = items.length >= PAGE_SIZE && !newestPage ? index : index + 1;
    const walkOver = next >= streams.length;
    // Out of requests for this window: stop here, and the next run carries on from this stream.
    const exhausted = headers.get('x-ratelimit-remaining')?.trim() === '0';
    return {
      status: 'ok',
      posts,
      quarantined,
      cursor: walkOver ? { high } : { high, at: next },
      done: walkOver || exhausted,
    };
  }

  /**
   * Deletion compliance: each status is looked up where it was posted (the host in its URI), which
   * answers 404 or 410 once it is deleted or no longer public. URIs of servers that are not
   * Mastodon-shaped cannot be looked up and count as alive.
   */
  async checkDeletions(externalIds: string[], signal?: AbortSignal): Promise<DeletionCheck> {
    if (!this.config) return { status: 'failed', retryable: false, message: 'MASTODON_URL is not set' };
    if (externalIds.length > MASTODON_DELETION_BATCH)
      return { status: 'failed', retryable: false, message: `at most ${MASTODON_DELETION_BATCH} statuses per check` };
    const batch = externalIds;
    const answers = await Promise.all(
      batch.map(async (uri) => {
        const origin = originOf(uri);
        if (!origin) return { uri, outcome: 'alive' as const };
        try {
          await this.clientFor(`https://${origin.host}`)
            .v1.statuses.$select(origin.id)
            .fetch(undefined, { requestInit: signal ? { signal } : {} });
          return { uri, outcome: 'alive' as const };
        } catch (error) {
          if (error instanceof MastoHttpError && (error.statusCode === 404 || error.statusCode === 410))
            return { uri, outcome: 'gone' as const };
          return { uri, outcome: 'error' as const, error };
        }
      }),
    );
    const errors = answers.flatMap((a) => (a.outcome === 'error' ? [a.error] : []));
    const limited = errors.find((e): e is MastoHttpError => e instanceof MastoHttpError && e.statusCode === 429);
    if (limited) return { status: 'rate_limited', retryAt: mastodonRetryAt(responseHeaders(limited)) };
    if (errors.length > 0) {
      const { message, retryable } = describe(errors[0]);
      return { status: 'failed', retryable, message: `Mastodon status look-up: ${message}` };
    }
    return { status: 'ok', gone: answers.filter((a) => a.outcome === 'gone').map((a) => a.uri) };
  }

  private async request(
    stream: MastodonStream,
    minId: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<{ headers: Headers; items: unknown[] }> {
    const client = this.clientFor(stream.instance);
    const meta = { requestInit: signal ? { signal } : {} };
    if (stream.kind === 'tag') {
      const response = await client.v1.timelines.tag.$select(stream.tag).list.$raw({ limit: PAGE_SIZE, minId }, meta);
      return { headers: response.headers, items: Array.isArray(response.data) ? response.data : [] };
    }
    const response = await client.v2.search.list.$raw({ q: stream.q, type: 'statuses', limit: PAGE_SIZE, minId }, meta);
    const statuses: unknown = (response.data as { statuses?: unknown } | null)?.statuses;
    return { headers: response.headers, items: Array.isArray(statuses) ? statuses : [] };
  }

  /**
   * One client per instance. Requests go to MASTODON_BASE_URL instead when it is set (a fake); the
   * token goes only to the instances MASTODON_URL names, never to a status's origin elsewhere.
   */
  private clientFor(instance: string): mastodon.rest.Client {
    const config = this.config!;
    let client = this.clients.get(instance);
    if (!client) {
      client = createRestAPIClient({
        url: config.baseUrl ?? instance,
        accessToken: config.instances.includes(instance) ? config.token : undefined,
        timeout: REQUEST_TIMEOUT_MS,
        log: 'error',
      });
      this.clients.set(instance, client);
    }
    return client;
  }

  private failure(error: unknown, cursor: Cursor, stream: MastodonStream): PageResult {
    if (error instanceof MastoHttpError && error.statusCode === 429)
      return { status: 'rate_limited', retryAt: mastodonRetryAt(responseHeaders(error)), cursor };
    const { message, retryable } = describe(error);
    const where = `${new URL(stream.instance).host} ${stream.kind === 'tag' ? `#${stream.tag}` : 'search'}`;
    return { status: 'failed', retryable, message: `Mastodon ${where}: ${message}`, cursor };
  }
}

function responseHeaders(error: MastoHttpError): Headers | undefined {
  return error.cause instanceof Response ? error.cause.headers : undefined;
}

function describe(error: unknown): { message: string; retryable: boolean } {
  if (error instanceof MastoHttpError)
    return {
      message: `HTTP ${error.statusCode}`,
      retryable: error.statusCode >= 500 || error.statusCode === 408,
    };
  if (error instanceof MastoTimeoutError) return { message: 'request timed out', retryable: true };
  // masto 8 fails to read a non-JSON error body (a proxy's HTML 502/503 page) and throws this
  // TypeError instead of an HTTP error: the instance or its proxy is in trouble, so try again.
  if (error instanceof TypeError && /destructure property 'error'/.test(error.message))
    return { message: 'an error page instead of JSON (the instance or its proxy is failing)', retryable: true };
  return { message: error instanceof Error ? error.message : String(error), retryable: true };
}
