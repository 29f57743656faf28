import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { RedditConfig } from '../../config/reddit-youtube-rss-config.js';
import { PlatformConnector } from '../platform-connector.js';
import type { BadItem, Cursor, DeletionCheck, NormalizedPost, PageResult, WatchQuery } from '../source-connector.js';
import { type RedditAnswer, RedditApiClient } from './reddit-api-client.js';
import { buildRedditQuery, watchedSubreddits } from './reddit-query.js';
import { isRedditMark, parseThing, type RedditMark, readListing, stillStands } from './reddit-thing.js';
import { highWaterMarks } from '../high-water-mark.js';

/**
 * A query reads several listings ("streams"), one after the other: the search, then each watched
 * subreddit's new posts and new comments. marks holds each stream's high-water mark (its newest
 * item once a walk down it ended). walk is where the current pass is: which stream, the `after` of
 * its next page, and the newest item this walk has seen (the stream's next mark). A run that dies
 * half way resumes the same walk; a mark only moves once its stream's walk is over.
 */
type RedditCursor = {
  marks: Record<string, RedditMark>;
  walk?: { stream: string; after?: string; runHigh?: RedditMark };
};

type Stream = { key: string; path: string; params: Record<string, string> };

const PAGE_SIZE = '100';
// /api/info takes at most 100 fullnames.
const INFO_BATCH = 100;
// Reddit named no reset time: wait out a whole rate-limit window (ten minutes).
const DEFAULT_WAIT_SECONDS = 600;

function readCursor(cursor: Cursor): RedditCursor {
  const marks: Record<string, RedditMark> = {};
  if (typeof cursor.marks === 'object' && cursor.marks !== null)
    for (const [key, mark] of Object.entries(cursor.marks)) if (isRedditMark(mark)) marks[key] = mark;
  const raw = cursor.walk as Record<string, unknown> | undefined;
  if (!raw || typeof raw.stream !== 'string') return { marks };
  return {
    marks,
    walk: {
      stream: raw.stream,
      after: typeof raw.after === 'string' ? raw.after : undefined,
      runHigh: isRedditMark(raw.runHigh) ? raw.runHigh : undefined,
    },
  };
}

function toCursor(cursor: RedditCursor): Cursor {
  const walk = cursor.walk && Object.fromEntries(Object.entries(cursor.walk).filter(([, v]) => v !== undefined));
  return walk ? { marks: cursor.marks, walk } : { marks: cursor.marks };
}

const { newer, aboveMark } = highWaterMarks<RedditMark>(
  (mark) => mark.createdUtc,
  (mark) => mark.name,
);

@Injectable()
export class RedditConnector extends PlatformConnector<'reddit'> {
  readonly deletionBatchSize = INFO_BATCH;
  private readonly config: RedditConfig | undefined;
  private readonly client: RedditApiClient | undefined;
  /** Reddit's budget is per client id, not per query: once spent, no query asks until it resets. */
  private blockedUntil: Date | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const reddit = config.ingest.reddit;
    // loadConfig refuses a partial set, so the three credentials are either all set or none.
    const credentials = reddit !== undefined;
    super('reddit', {
      REDDIT_CLIENT_ID: credentials,
      REDDIT_CLIENT_SECRET: credentials,
      REDDIT_USER_AGENT: credentials,
      REDDIT_BASE_URL: reddit?.baseUrl !== undefined && reddit.baseUrl !== 'https://oauth.reddit.com',
    });
    this.config = reddit;
    this.client = this.config ? new RedditApiClient(this.config) : undefined;
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  private streamsFor(query: WatchQuery): Stream[] {
    const streams: Stream[] = [];
    const q = buildRedditQuery(query);
    if (q) streams.push({ key: 'search', path: '/search', params: { q, sort: 'new', type: 'link' } });
    for (const sub of watchedSubreddits(query, this.config?.subreddits ?? [])) {
      streams.push({ key: `r/${sub}/new`, path: `/r/${sub}/new`, params: {} });
      streams.push({ key: `r/${sub}/comments`, path: `/r/${sub}/comments`, params: {} });
    }
    return streams;
  }

  async fetchPage(query: WatchQuery, cursor: Cursor, signal?: AbortSignal): Promise<PageResult> {
    if (!this.client) return { status: 'failed', retryable: false, message: 'Reddit is not configured', cursor };
    if (this.blockedUntil && this.blockedUntil > new Date())
      return { status: 'rate_limited', retryAt: this.blockedUntil, cursor };
    const streams = this.streamsFor(query);
    if (streams.length === 0) return { status: 'ok', posts: [], quarantined: [], cursor, done: true };

    const at = readCursor(cursor);
    const index = Math.max(
      0,
      streams.findIndex((s) => s.key === at.walk?.stream),
    );
    const stream = streams[index]!;
    const walk = at.walk?.stream === stream.key ? at.walk : undefined;
    const params: Record<string, string> = { ...stream.params, limit: PAGE_SIZE, raw_json: '1' };
    if (walk?.after) params.after = walk.after;

    const answer = await this.client.get(stream.path, params, signal);
    this.noteBudget(answer);
    const posts: NormalizedPost[] = [];
    const quarantined: BadItem[] = [];
    let listing = answer.ok ? readListing(answer.body) : null;
    if (!answer.ok) {
      // A private, banned or missing subreddit would stop every stream after it on every poll:
      // note it for an admin and read the other streams.
      if (stream.key !== 'search' && (answer.status === 403 || answer.status === 404)) {
        quarantined.push({
          platform: 'reddit',
          externalId: null,
          payload: { stream: stream.key, status: answer.status },
          error: `${stream.key.replace(/\/(new|comments)$/, '')} answered HTTP ${answer.status} (private, banned or missing?)`,
        });
        listing = { children: [], after: null };
      } else {
        return this.failure(answer, cursor);
      }
    }
    if (!listing)
      return {
        status: 'failed',
        retryable: true,
        message: `Reddit sent something other than a listing for ${stream.key}`,
        cursor,
      };

    const mark = at.marks[stream.key];
    let reachedMark = false;
    let newest: RedditMark | undefined;
    for (const child of listing.children) {
      const thing = parseThing(child);
      if (thing.mark && !aboveMark(thing.mark, mark)) {
        reachedMark = true;
        continue;
      }
      if (thing.mark) newest = newer(newest, thing.mark);
      if (thing.kind === 'post') posts.push(thing.post);
      else if (thing.kind === 'bad') quarantined.push(thing.item);
    }
    const runHigh = newer(walk?.runHigh, newest);

    let next: RedditCursor;
    let done = false;
    if (!reachedMark && listing.after) {
      next = { marks: at.marks, walk: { stream: stream.key, after: listing.after, runHigh } };
    } else {
      const marks = { ...at.marks };
      const moved = newer(mark, runHigh);
      if (moved) marks[stream.key] = moved;
      const following = streams[index + 1];
      next = following ? { marks, walk: { stream: following.key } } : { marks };
      done = !following;
    }
    return { status: 'ok', posts, quarantined, cursor: toCursor(next), done };
  }

  /** Gone: no longer returned by /api/info, or shown there as [deleted] or [removed]. */
  async checkDeletions(externalIds: string[], signal?: AbortSignal): Promise<DeletionCheck> {
    if (!this.client) return { status: 'failed', retryable: false, message: 'Reddit is not configured' };
    if (externalIds.length > INFO_BATCH)
      return { status: 'failed', retryable: false, message: `at most ${INFO_BATCH} ids per check` };
    if (externalIds.length === 0) return { status: 'ok', gone: [] };
    if (this.blockedUntil && this.blockedUntil > new Date())
      return { status: 'rate_limited', retryAt: this.blockedUntil };
    const answer = await this.client.get('/api/info', { id: externalIds.join(','), raw_json: '1' }, signal);
    this.noteBudget(answer);
    if (!answer.ok) {
      const failed = this.failure(answer, {});
      return failed.status === 'rate_limited'
        ? { status: 'rate_limited', retryAt: failed.retryAt }
        : { status: 'failed', retryable: failed.status === 'failed' && failed.retryable, message: answer.message };
    }
    const listing = readListing(answer.body);
    if (!listing)
      return { status: 'failed', retryable: true, message: 'Reddit sent something other than a listing for /api/info' };
    const alive = new Set(listing.children.map(stillStands).filter((name): name is string => name !== null));
    return { status: 'ok', gone: externalIds.filter((id) => !alive.has(id)) };
  }

  /** Stop before the budget is spent: with nothing left, wait for the window to reset. */
  private noteBudget(answer: RedditAnswer): void {
    const limit = answer.rateLimit;
    if (limit && limit.remaining < 1) this.blockedUntil = new Date(Date.now() + limit.resetSeconds * 1000);
  }

  private failure(answer: Extract<RedditAnswer, { ok: false }>, cursor: Cursor): PageResult {
    if (answer.status === 429) {
      const wait = answer.retryAfterSeconds ?? answer.rateLimit?.resetSeconds ?? DEFAULT_WAIT_SECONDS;
      this.blockedUntil = new Date(Date.now() + wait * 1000);
      return { status: 'rate_limited', retryAt: this.blockedUntil, cursor };
    }
    // Bad client credentials do not mend by asking again; an expired token (401 from the API) does.
    const retryable = answer.status === 0 || answer.status >= 500 || (answer.status === 401 && answer.stage === 'api');
    return { status: 'failed', retryable, message: answer.message, cursor };
  }
}
