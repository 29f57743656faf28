import { Inject, Injectable } from '@nestjs/common';
import { ApiPartialResponseError, ApiRequestError, ApiResponseError, type TwitterApi } from 'twitter-api-v2';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import { PlatformConnector } from '../platform-connector.js';
import type { Cursor, PageResult, WatchQuery } from '../source-connector.js';
import { createXApiClient } from './x-api-client.js';
import { asDeletionFailure, lookUpGoneTweets, X_LOOKUP_BATCH } from './x-deletions.js';
import { buildXQuery } from './x-query.js';
import { isSearchResponse, parseTweets, searchParams, staleSinceIdNote, type XSearchResponse } from './x-tweet.js';

/**
 * sinceId: the high-water mark of everything committed. While following next_token, nextToken and
 * newestId (the first page's newest_id) are kept too, so a run that dies half way resumes the same
 * pages with the same since_id and only moves the high-water mark once every page is stored.
 */
type XCursor = { sinceId?: string; nextToken?: string; newestId?: string };

const REQUEST_TIMEOUT_MS = 15_000;
// X did not say when to come back: wait one recent-search rate-limit window.
const DEFAULT_RATE_LIMIT_WAIT_MS = 15 * 60_000;

function readCursor(cursor: Cursor): XCursor {
  const pick = (key: string) => (typeof cursor[key] === 'string' ? (cursor[key] as string) : undefined);
  return { sinceId: pick('sinceId'), nextToken: pick('nextToken'), newestId: pick('newestId') };
}

function compact(cursor: XCursor): Cursor {
  return Object.fromEntries(Object.entries(cursor).filter(([, value]) => value !== undefined));
}

@Injectable()
export class XConnector extends PlatformConnector<'x'> {
  readonly deletionBatchSize = X_LOOKUP_BATCH;
  private readonly client: TwitterApi | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { xBearerToken, xApiBaseUrl } = config.ingest;
    super('x', { X_BEARER_TOKEN: xBearerToken !== undefined, X_API_BASE_URL: xApiBaseUrl !== 'https://api.x.com' });
    this.client = xBearerToken ? createXApiClient(xBearerToken, xApiBaseUrl) : undefined;
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  async fetchPage(query: WatchQuery, cursor: Cursor): Promise<PageResult> {
    if (!this.client) return { status: 'failed', retryable: false, message: 'X_BEARER_TOKEN is not set', cursor };
    const at = readCursor(cursor);
    const params = searchParams(buildXQuery(query), at.sinceId, at.nextToken);

    let body: XSearchResponse;
    try {
      body = await this.client.v2.get<XSearchResponse>('tweets/search/recent', params, {
        timeout: REQUEST_TIMEOUT_MS,
      });
    } catch (error) {
      const stale = staleSinceIdNote(error, at.sinceId);
      if (stale) return { status: 'ok', posts: [], quarantined: [stale], cursor: {}, done: false };
      return this.failure(error, cursor);
    }

    // A 200 that is not a search result (a proxy's page, an empty body) is retried: read as a last
    // page it would end the walk and move the mark past the pages not yet read.
    if (!isSearchResponse(body))
      return { status: 'failed', retryable: true, message: 'X answered 200 without a search result', cursor };
    const { posts, quarantined } = parseTweets(body);
    // On the first page of a walk, its newest_id becomes the next high-water mark once the walk ends.
    const newestId = at.nextToken ? at.newestId : (body.meta?.newest_id ?? undefined);
    const nextToken = body.meta?.next_token;
    const next: XCursor = nextToken
      ? { sinceId: at.sinceId, nextToken, newestId }
      : { sinceId: newestId ?? at.sinceId };
    return { status: 'ok', posts, quarantined, cursor: compact(next), done: !nextToken };
  }

  /** Deletion compliance (issue 18): which of these tweets X no longer serves, 100 at most. */
  async checkDeletions(externalIds: string[]): Promise<ReturnType<typeof asDeletionFailure>> {
    if (!this.client) return { status: 'failed', retryable: false, message: 'X_BEARER_TOKEN is not set' };
    try {
      return { status: 'ok', gone: await lookUpGoneTweets(this.client, externalIds, REQUEST_TIMEOUT_MS) };
    } catch (error) {
      return asDeletionFailure(this.failure(error, {}));
    }
  }

  private failure(error: unknown, cursor: Cursor): PageResult {
    if (error instanceof ApiResponseError) {
      if (error.code === 429) {
        const reset = error.rateLimit?.reset ?? Number(error.headers['x-rate-limit-reset']);
        const retryAt = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
        return {
          status: 'rate_limited',
          retryAt: retryAt ?? new Date(Date.now() + DEFAULT_RATE_LIMIT_WAIT_MS),
          cursor,
        };
      }
      const retryable = error.code >= 500;
      return { status: 'failed', retryable, message: `X API answered HTTP ${error.code}`, cursor };
    }
    if (error instanceof ApiRequestError || error instanceof ApiPartialResponseError) {
      return { status: 'failed', retryable: true, message: `X API request failed: ${error.message}`, cursor };
    }
    return {
      status: 'failed',
      retryable: true,
      message: error instanceof Error ? error.message : String(error),
      cursor,
    };
  }
}
