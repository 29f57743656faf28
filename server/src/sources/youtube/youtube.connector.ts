import { Inject, Injectable } from '@nestjs/common';
import type { youtube_v3 } from '@googleapis/youtube';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { YoutubeConfig } from '../../config/reddit-youtube-rss-config.js';
import { PlatformConnector } from '../platform-connector.js';
import type {
  BadItem,
  Cursor,
  DeletionCheck,
  NormalizedPost,
  PageResult,
  SourceQuota,
  WatchQuery,
} from '../source-connector.js';
import {
  aboveMark,
  isVideoId,
  newerMark,
  parseCommentThread,
  parseSearchResult,
  readWalk,
  type YoutubeItem,
  isYoutubeMark,
  type YoutubeMark,
  type YoutubeWalk,
} from './youtube-item.js';
import { listBody, youtubeClient, youtubeFailure, type YoutubeFailure } from './youtube-client.js';
import { buildYoutubeQuery, commentSearchTerms } from './youtube-query.js';
import { nextPacificMidnight } from './youtube-quota-day.js';
import { YoutubeQuota } from './youtube-quota.js';

/**
 * YouTube has no `since`: both listings are read newest first and a walk stops at its high-water
 * mark. A pass is a search walk (search.list, 100 units a page) and then a comment walk over the
 * tracked videos (commentThreads.list, 1 unit a page each). high: the newest video of the last
 * finished search walk; search: the walk in progress (its next pageToken and the newest video it
 * has seen). videos: the newest videos found, whose comments are read on every pass, each with
 * the newest comment taken so far. comments: the comment walk in progress. Marks move only when a
 * walk ends, and the cursor is committed with each page, so a killed run resumes where it was.
 */
type TrackedVideo = { id: string; publishedAt: string; commentHigh?: YoutubeMark };
type YoutubeCursor = {
  high?: YoutubeMark;
  search?: YoutubeWalk;
  videos: TrackedVideo[];
  comments?: { index: number; pageToken?: string; runHigh?: YoutubeMark };
};

const SEARCH_UNITS = 100;
const LIST_UNITS = 1;
// How many of the newest matching videos have their comments read on each pass (a unit each, at least).
const TRACKED_VIDEOS = 20;
// videos.list and comments.list take at most 50 ids.
const ID_BATCH = 50;
// A per-second or per-user rate limit (not the daily quota): come back in a minute.
const SHORT_WAIT_MS = 60_000;
// Google's answers about the key, the project or its quota rather than the video asked about: every
// video would get them, so they stop the run (the domain `global` or `usageLimits` says the same).
const SOURCE_WIDE_REASONS = new Set([
  'quotaExceeded',
  'rateLimitExceeded',
  'userRateLimitExceeded',
  'dailyLimitExceeded',
  'keyInvalid',
  'keyExpired',
  'accessNotConfigured',
  'ipRefererBlocked',
  'authError',
]);
const SOURCE_WIDE_DOMAINS = new Set(['global', 'usageLimits']);

/** The domain of the first error in Google's answer: `youtube.commentThread` when it concerns the video. */
function errorDomain(error: unknown): string | undefined {
  const e = error as { response?: { data?: { error?: { errors?: { domain?: unknown }[] } } } } | undefined;
  const domain = e?.response?.data?.error?.errors?.[0]?.domain;
  return typeof domain === 'string' ? domain : undefined;
}

/** A 4xx about this one video (made private, deleted, comments not viewable, cannot be processed). */
function refusedForTheVideo(failure: YoutubeFailure, error: unknown): boolean {
  if (failure.status < 400 || failure.status >= 500 || failure.status === 401 || failure.status === 429) return false;
  if (failure.reason !== undefined && SOURCE_WIDE_REASONS.has(failure.reason)) return false;
  const domain = errorDomain(error);
  return domain === undefined || !SOURCE_WIDE_DOMAINS.has(domain);
}

function readCursor(cursor: Cursor): YoutubeCursor {
  const videos: TrackedVideo[] = [];
  if (Array.isArray(cursor.videos))
    for (const video of cursor.videos as unknown[]) {
      const v = video as Partial<TrackedVideo>;
      if (typeof v?.id === 'string' && typeof v.publishedAt === 'string')
        videos.push({
          id: v.id,
          publishedAt: v.publishedAt,
          ...(isYoutubeMark(v.commentHigh) ? { commentHigh: v.commentHigh } : {}),
        });
    }
  const comments = cursor.comments as { index?: unknown; pageToken?: unknown; runHigh?: unknown } | undefined;
  return {
    high: isYoutubeMark(cursor.high) ? cursor.high : undefined,
    search: readWalk(cursor.search),
    videos,
    comments:
      typeof comments?.index === 'number'
        ? {
            index: comments.index,
            pageToken: typeof comments.pageToken === 'string' ? comments.pageToken : undefined,
            runHigh: isYoutubeMark(comments.runHigh) ? comments.runHigh : undefined,
          }
        : undefined,
  };
}

/** JSON without the undefined fields, so a cursor reads the same after a round trip through jsonb. */
function toCursor(cursor: YoutubeCursor): Cursor {
  return JSON.parse(JSON.stringify(cursor)) as Cursor;
}

@Injectable()
export class YoutubeConnector extends PlatformConnector<'youtube'> {
  readonly deletionBatchSize = ID_BATCH;
  private readonly config: YoutubeConfig | undefined;
  private readonly client: youtube_v3.Youtube | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly dailyQuota: YoutubeQuota,
  ) {
    const youtube = config.ingest.youtube;
    super('youtube', {
      YOUTUBE_API_KEY: youtube !== undefined,
      YOUTUBE_BASE_URL: youtube !== undefined && youtube.baseUrl !== 'https://youtube.googleapis.com/',
      YOUTUBE_DAILY_QUOTA: youtube !== undefined && youtube.dailyQuota !== 10_000,
    });
    this.config = youtube;
    this.client = this.config ? youtubeClient(this.config.baseUrl, this.config.apiKey) : undefined;
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  /** Units spent today (Pacific), of the daily limit, and when the count starts again. */
  async quota(): Promise<SourceQuota | null> {
    if (!this.config) return null;
    const today = await this.dailyQuota.today();
    return { used: today.used, limit: today.limit, resetsAt: today.resetsAt.toISOString() };
  }

  async fetchPage(query: WatchQuery, cursor: Cursor, signal?: AbortSignal): Promise<PageResult> {
    if (!this.client) return { status: 'failed', retryable: false, message: 'YOUTUBE_API_KEY is not set', cursor };
    const at = readCursor(cursor);
    return at.comments ? this.commentPage(query, at, cursor, signal) : this.searchPage(query, at, cursor, signal);
  }

  private async searchPage(
    query: WatchQuery,
    at: YoutubeCursor,
    cursor: Cursor,
    signal?: AbortSignal,
  ): Promise<PageResult> {
    const q = buildYoutubeQuery(query);
    if (!q) return { status: 'ok', posts: [], quarantined: [], cursor, done: true };
    const stop = await this.spend(SEARCH_UNITS, cursor);
    if (stop) return stop;
    let body: youtube_v3.Schema$SearchListResponse;
    try {
      const response = await this.client!.search.list(
        {
          part: ['snippet'],
          q,
          type: ['video'],
          order: 'date',
          maxResults: 50,
          ...(at.search ? { pageToken: at.search.pageToken } : {}),
        },
        { signal },
      );
      body = listBody(response.data);
    } catch (error) {
      return this.failure(error, cursor);
    }

    const { posts, quarantined, reachedMark, newest } = this.sortItems(
      (body.items ?? []).map(parseSearchResult),
      at.high,
    );
    const runHigh = newerMark(at.search?.runHigh, newest);
    const found = posts.map((p) => ({ id: p.externalId, publishedAt: p.postedAt.toISOString() }));
    const known = new Set(at.videos.map((v) => v.id));
    const videos = [...at.videos, ...found.filter((v) => !known.has(v.id))]
      .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0))
      .slice(0, TRACKED_VIDEOS);

    if (!reachedMark && body.nextPageToken) {
      const next: YoutubeCursor = { high: at.high, search: { pageToken: body.nextPageToken, runHigh }, videos };
      return { status: 'ok', posts, quarantined, cursor: toCursor(next), done: false };
    }
    const high = newerMark(at.high, runHigh);
    const next: YoutubeCursor = videos.length > 0 ? { high, videos, comments: { index: 0 } } : { high, videos };
    return { status: 'ok', posts, quarantined, cursor: toCursor(next), done: videos.length === 0 };
  }

  private async commentPage(
    query: WatchQuery,
    at: YoutubeCursor,
    cursor: Cursor,
    signal?: AbortSignal,
  ): Promise<PageResult> {
    const walk = at.comments!;
    const video = at.videos[walk.index];
    if (!video)
      return {
        status: 'ok',
        posts: [],
        quarantined: [],
        cursor: toCursor({ high: at.high, videos: at.videos }),
        done: true,
      };
    const stop = await this.spend(LIST_UNITS, cursor);
    if (stop) return stop;

    let body: youtube_v3.Schema$CommentThreadListResponse;
    let videos = at.videos;
    const refused: BadItem[] = [];
    try {
      const searchTerms = commentSearchTerms(query);
      const response = await this.client!.commentThreads.list(
        {
          part: ['snippet'],
          videoId: video.id,
          order: 'time',
          maxResults: 100,
          textFormat: 'plainText',
          ...(searchTerms ? { searchTerms } : {}),
          ...(walk.pageToken ? { pageToken: walk.pageToken } : {}),
        },
        { signal },
      );
      body = listBody(response.data);
    } catch (error) {
      const failure = youtubeFailure(error);
      // Comments turned off: nothing to read there; go on to the next video.
      if (failure.status === 403 && failure.reason === 'commentsDisabled') body = {};
      else if (refusedForTheVideo(failure, error)) {
        // Gone, made private, or refused for this video alone: asking again would fail the same way
        // and hold the walk here at every pass, so it is noted for a person and no longer tracked.
        body = {};
        videos = at.videos.filter((v) => v.id !== video.id);
        refused.push({
          platform: 'youtube',
          externalId: null,
          payload: { videoId: video.id },
          error: `the comments on video ${video.id} cannot be read, so it is no longer tracked: ${failure.message}`,
        });
      } else return this.failure(error, cursor);
    }

    const sorted = this.sortItems(
      (body.items ?? []).map((thread) => parseCommentThread(thread, video.id)),
      video.commentHigh,
    );
    const { posts, reachedMark, newest } = sorted;
    const quarantined = [...refused, ...sorted.quarantined];
    const runHigh = newerMark(walk.runHigh, newest);
    if (!reachedMark && body.nextPageToken && videos === at.videos) {
      const next: YoutubeCursor = { ...at, comments: { index: walk.index, pageToken: body.nextPageToken, runHigh } };
      return { status: 'ok', posts, quarantined, cursor: toCursor(next), done: false };
    }
    let nextIndex = walk.index;
    if (videos === at.videos) {
      const commentHigh = newerMark(video.commentHigh, runHigh);
      videos = at.videos.map((v, i) => (i === walk.index && commentHigh ? { ...v, commentHigh } : v));
      nextIndex = walk.index + 1;
    }
    const more = nextIndex < videos.length;
    const next: YoutubeCursor = more
      ? { high: at.high, videos, comments: { index: nextIndex } }
      : { high: at.high, videos };
    return { status: 'ok', posts, quarantined, cursor: toCursor(next), done: !more };
  }

  /** Items above the mark become posts or quarantine; reachedMark says the walk got down to the mark. */
  private sortItems(items: YoutubeItem[], mark: YoutubeMark | undefined) {
    const posts: NormalizedPost[] = [];
    const quarantined: BadItem[] = [];
    let reachedMark = false;
    let newest: YoutubeMark | undefined;
    for (const item of items) {
      if (item.mark && !aboveMark(item.mark, mark)) {
        reachedMark = true;
        continue;
      }
      if (item.mark) newest = newerMark(newest, item.mark);
      if (item.kind === 'post') posts.push(item.post);
      else quarantined.push(item.item);
    }
    return { posts, quarantined, reachedMark, newest };
  }

  /** Reserves the units a request costs; when today's quota cannot take them, wait for midnight Pacific. */
  private async spend(units: number, cursor: Cursor): Promise<Extract<PageResult, { status: 'rate_limited' }> | null> {
    const spent = await this.dailyQuota.spend(units);
    return spent ? { status: 'rate_limited', retryAt: spent.resetsAt, cursor } : null;
  }

  private async failure(error: unknown, cursor: Cursor): Promise<PageResult> {
    const failure = youtubeFailure(error);
    const now = new Date();
    if (await this.dailyQuota.believeGoogle(failure, now))
      return { status: 'rate_limited', retryAt: nextPacificMidnight(now), cursor };
    if (failure.status === 429 || failure.reason === 'rateLimitExceeded' || failure.reason === 'userRateLimitExceeded')
      return {
        status: 'rate_limited',
        retryAt: new Date(now.getTime() + (failure.retryAfterMs ?? SHORT_WAIT_MS)),
        cursor,
      };
    const retryable = failure.status === 0 || failure.status >= 500;
    return { status: 'failed', retryable, message: failure.message, cursor };
  }

  /** Gone: videos.list or comments.list no longer returns the id (deleted, made private, or removed). */
  async checkDeletions(externalIds: string[], signal?: AbortSignal): Promise<DeletionCheck> {
    if (!this.client) return { status: 'failed', retryable: false, message: 'YOUTUBE_API_KEY is not set' };
    const videoIds = externalIds.filter(isVideoId);
    const commentIds = externalIds.filter((id) => !isVideoId(id));
    if (videoIds.length > ID_BATCH || commentIds.length > ID_BATCH)
      return {
        status: 'failed',
        retryable: false,
        message: `at most ${ID_BATCH} videos and ${ID_BATCH} comments per check`,
      };
    const alive = new Set<string>();
    for (const [ids, list] of [
      [videoIds, (id: string[]) => this.client!.videos.list({ part: ['id'], id }, { signal })],
      [commentIds, (id: string[]) => this.client!.comments.list({ part: ['id'], id }, { signal })],
    ] as const) {
      if (ids.length === 0) continue;
      const stop = await this.spend(LIST_UNITS, {});
      if (stop) return { status: 'rate_limited', retryAt: stop.retryAt };
      try {
        const response = await list([...ids]);
        for (const item of response.data.items ?? []) if (typeof item.id === 'string') alive.add(item.id);
      } catch (error) {
        const result = await this.failure(error, {});
        if (result.status === 'rate_limited') return { status: 'rate_limited', retryAt: result.retryAt };
        if (result.status === 'failed')
          return { status: 'failed', retryable: result.retryable, message: result.message };
      }
    }
    return { status: 'ok', gone: externalIds.filter((id) => !alive.has(id)) };
  }
}
