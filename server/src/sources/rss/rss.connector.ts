import { Inject, Injectable } from '@nestjs/common';
import Parser from 'rss-parser';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { RssConfig } from '../../config/reddit-youtube-rss-config.js';
import { PlatformConnector } from '../platform-connector.js';
import type { BadItem, Cursor, NormalizedPost, OkPage, PageResult, WatchQuery } from '../source-connector.js';
import { decodeFeed, mendAtomDates } from './feed-text.js';
import { parseFeedItem } from './rss-item.js';

/**
 * One feed per page, in turn: RSS_FEEDS, then the watch query's own feeds. validators keeps each
 * feed's ETag and Last-Modified, sent back as If-None-Match / If-Modified-Since so an unchanged
 * feed costs a 304 and nothing else; next names the feed the pass is up to. Items are deduplicated
 * by the mentions table's (platform, external_id), so a feed that repeats its items stores nothing.
 */
type Validators = { etag?: string; lastModified?: string };
type RssCursor = { validators: Record<string, Validators>; next?: string };

const REQUEST_TIMEOUT_MS = 15_000;
const MAX_FEED_BYTES = 10 * 1024 * 1024;
// The feed's host asked us to slow down without saying for how long.
const DEFAULT_RATE_LIMIT_WAIT_MS = 15 * 60_000;
const USER_AGENT = 'ou-social-listening/1.0 (feed reader; +https://www.open.ac.uk)';

function readCursor(cursor: Cursor): RssCursor {
  const validators: Record<string, Validators> = {};
  if (typeof cursor.validators === 'object' && cursor.validators !== null)
    for (const [url, v] of Object.entries(cursor.validators as Record<string, Validators>)) {
      const entry: Validators = {};
      if (typeof v?.etag === 'string') entry.etag = v.etag;
      if (typeof v?.lastModified === 'string') entry.lastModified = v.lastModified;
      validators[url] = entry;
    }
  return { validators, next: typeof cursor.next === 'string' ? cursor.next : undefined };
}

function toCursor(cursor: RssCursor): Cursor {
  return JSON.parse(JSON.stringify(cursor)) as Cursor;
}

function retryAfter(header: string | null, now: number): Date {
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds > 0) return new Date(now + seconds * 1000);
    const date = Date.parse(header);
    if (!Number.isNaN(date) && date > now) return new Date(date);
  }
  return new Date(now + DEFAULT_RATE_LIMIT_WAIT_MS);
}

@Injectable()
export class RssConnector extends PlatformConnector<'rss'> {
  private readonly config: RssConfig;
  private readonly parser = new Parser();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super('rss', { RSS_FEEDS: config.ingest.rss.feeds.length > 0, RSS: config.ingest.rss.enabled });
    this.config = config.ingest.rss;
  }

  /** Feeds need no credentials: RSS polls when RSS_FEEDS is set, or when RSS=on for feeds added on the Sources page. */
  get configured(): boolean {
    return this.config.enabled;
  }

  /** RSS_FEEDS first, then the query's own feeds, each once. */
  private feedsFor(query: WatchQuery): string[] {
    const feeds: string[] = [];
    for (const raw of [...this.config.feeds, ...(query.feeds ?? [])]) {
      try {
        const url = new URL(raw.trim());
        if ((url.protocol === 'http:' || url.protocol === 'https:') && !feeds.includes(url.href)) feeds.push(url.href);
      } catch {
        // The Sources page checks feed URLs; a bad one left in the database is not a feed.
      }
    }
    return feeds;
  }

  async fetchPage(query: WatchQuery, cursor: Cursor, signal?: AbortSignal): Promise<PageResult> {
    if (!this.config.enabled) return { status: 'failed', retryable: false, message: 'RSS is off', cursor };
    const feeds = this.feedsFor(query);
    if (feeds.length === 0) return { status: 'ok', posts: [], quarantined: [], cursor, done: true };
    const at = readCursor(cursor);
    const index = Math.max(0, at.next ? feeds.indexOf(at.next) : 0);
    const feed = feeds[index]!;
    const following = feeds[index + 1];
    const known = at.validators[feed] ?? {};
    const advance = (
      validators: Validators = known,
      posts: NormalizedPost[] = [],
      quarantined: BadItem[] = [],
    ): OkPage => {
      const next: RssCursor = { validators: { ...at.validators, [feed]: validators }, next: following };
      return { status: 'ok', posts, quarantined, cursor: toCursor(next), done: !following };
    };

    // A feed that is gone, forbidden or not a feed would stop every feed after it on every poll:
    // noted for an admin, and the pass goes on. One that is down is retried first.
    const noteFeed = (error: string, payload: Record<string, unknown> = {}) =>
      advance(known, [], [{ platform: 'rss', externalId: null, payload: { feed, ...payload }, error }]);
    const retryThenPassOver = (message: string): PageResult => ({
      status: 'failed',
      retryable: true,
      message,
      cursor,
      passOver: noteFeed(message),
    });

    const headers: Record<string, string> = {
      accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1',
      'user-agent': USER_AGENT,
    };
    if (known.etag) headers['if-none-match'] = known.etag;
    if (known.lastModified) headers['if-modified-since'] = known.lastModified;
    const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    let response: Response;
    let body: string;
    try {
      response = await fetch(feed, { headers, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      if (response.status === 304) return advance();
      if (!response.ok) {
        await response.body?.cancel();
      }
      body = response.ok
        ? decodeFeed(new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type'))
        : '';
    } catch (error) {
      const cause =
        error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      return retryThenPassOver(`feed ${feed} could not be fetched: ${cause}`);
    }

    if (response.status === 429)
      return { status: 'rate_limited', retryAt: retryAfter(response.headers.get('retry-after'), Date.now()), cursor };
    if (response.status >= 500) return retryThenPassOver(`feed ${feed} answered HTTP ${response.status}`);
    if (!response.ok) return noteFeed(`feed ${feed} answered HTTP ${response.status}`, { status: response.status });
    if (body.length > MAX_FEED_BYTES) return noteFeed(`feed ${feed} is larger than ${MAX_FEED_BYTES} bytes`);

    let parsed: Parser.Output<Record<string, unknown>>;
    try {
      parsed = await this.parser.parseString(mendAtomDates(body));
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      // The validators are not kept: a 304 must not hide the feed once it is mended.
      return noteFeed(`feed ${feed} is not well-formed RSS or Atom: ${reason}`, { start: body.slice(0, 500) });
    }

    const fetchedAt = new Date();
    const posts: NormalizedPost[] = [];
    const quarantined: BadItem[] = [];
    for (const item of parsed.items ?? []) {
      const result = parseFeedItem(item, feed, fetchedAt);
      if (result.kind === 'post') posts.push(result.post);
      else quarantined.push(result.item);
    }
    const validators: Validators = {};
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (etag) validators.etag = etag;
    if (lastModified) validators.lastModified = lastModified;
    return advance(validators, posts, quarantined);
  }
}
