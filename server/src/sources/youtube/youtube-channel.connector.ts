import { Inject, Injectable } from '@nestjs/common';
import { auth, type youtube_v3 } from '@googleapis/youtube';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { Queryable } from '../../database/sql.js';
import type { YoutubeChannelConfig } from '../../config/own-accounts-config.js';
import type { FoundReply, ModerationAnswer, PlatformModerator } from '../platform-moderation.types.js';
import { PlatformConnector } from '../platform-connector.js';
import type { BadItem, Cursor, NormalizedPost, PageResult } from '../source-connector.js';
import {
  isYoutubeMark,
  newerMark,
  parseCommentThread,
  readWalk,
  type YoutubeMark,
  type YoutubeWalk,
} from './youtube-item.js';
import {
  builtInFetch,
  listBody,
  quotaSpent,
  YOUTUBE_REQUEST_TIMEOUT_MS,
  youtubeClient,
  youtubeFailure,
} from './youtube-client.js';
import { nextPacificMidnight } from './youtube-quota-day.js';
import { type QuotaToday, YoutubeQuota } from './youtube-quota.js';

/**
 * The OU's own YouTube channel (issue 16): every comment thread on the channel's videos
 * (commentThreads.list with allThreadsRelatedToChannelId), read newest first down to the
 * high-water mark, and what the channel's owner may do with them through the API: hold a comment
 * for review (hide) and publish it again (unhide), reply (comments.insert), and reject a comment
 * with banAuthor (block). Everything runs as the owner, with an access token got from the
 * refresh token; the client refreshes it itself when it expires.
 *
 * high: the newest comment of the last finished walk; walk: the walk in progress (its next
 * pageToken and the newest comment it has seen), so a killed run resumes where it was.
 */
type ChannelCursor = { high?: YoutubeMark; walk?: YoutubeWalk };

const SHORT_WAIT_MS = 60_000;

/**
 * The units each call costs against the project's daily quota, which the keyword source spends
 * too (platform_quota_usage, 'youtube'): list calls 1, setModerationStatus and comments.insert 50.
 */
const UNITS = { list: 1, moderate: 50, insert: 50 } as const;
/** The most any action staff can ask for costs: what must be left today for hide, reply and block to be offered. */
const ACTION_UNITS = Math.max(UNITS.moderate, UNITS.insert);

function readCursor(cursor: Cursor): ChannelCursor {
  const walk = readWalk(cursor.walk);
  return { ...(isYoutubeMark(cursor.high) ? { high: cursor.high } : {}), ...(walk ? { walk } : {}) };
}

/** A failed call as a moderation answer: the owner's token refused is not worth retrying; a 5xx is. */
function moderationFailure(error: unknown): ModerationAnswer {
  const f = youtubeFailure(error);
  if (quotaSpent(f)) return { status: 'rate_limited', retryAt: nextPacificMidnight(new Date()), message: f.message };
  if (f.status === 429 || f.reason === 'rateLimitExceeded' || f.reason === 'userRateLimitExceeded')
    return { status: 'rate_limited', retryAt: new Date(Date.now() + SHORT_WAIT_MS), message: f.message };
  if (f.reason === 'invalid_grant')
    return { status: 'failed', retryable: false, message: `${f.message}: YOUTUBE_OAUTH_REFRESH_TOKEN was refused` };
  return { status: 'failed', retryable: f.status === 0 || f.status >= 500, message: f.message };
}

function quotaMessage({ used, limit, resetsAt }: QuotaToday): string {
  const resets = resetsAt
    .toISOString()
    .replace(/:\d{2}\.\d{3}Z$/, ' UTC')
    .replace('T', ' ');
  return (
    `today's YouTube quota is spent (${used.toLocaleString('en-GB')} of ${limit.toLocaleString('en-GB')} units, ` +
    `YOUTUBE_DAILY_QUOTA; hiding, replying and banning cost 50 each): it resets at midnight Pacific time, ${resets}`
  );
}

@Injectable()
export class YoutubeChannelConnector extends PlatformConnector<'youtube_channel'> implements PlatformModerator {
  readonly platform = 'youtube';
  readonly ignoresWatchQueries = true;
  readonly label = 'YouTube';
  readonly blockRefusal = null;
  readonly unblockRefusal =
    "YouTube's API can ban a channel from the OU's comments but cannot lift a ban: remove the channel from Hidden users in YouTube Studio (Settings → Community)";
  private readonly config: YoutubeChannelConfig | undefined;
  private readonly client: youtube_v3.Youtube | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly dailyQuota: YoutubeQuota,
  ) {
    const set = config.ownAccounts.youtubeChannel !== undefined;
    super('youtube_channel', {
      YOUTUBE_CHANNEL_ID: set,
      YOUTUBE_OAUTH_CLIENT_ID: set,
      YOUTUBE_OAUTH_CLIENT_SECRET: set,
      YOUTUBE_OAUTH_REFRESH_TOKEN: set,
    });
    this.config = config.ownAccounts.youtubeChannel;
    if (this.config) {
      const oauth = new auth.OAuth2({
        clientId: this.config.clientId,
        clientSecret: this.config.clientSecret,
        endpoints: { oauth2TokenUrl: this.config.tokenUrl },
        transporterOptions: { fetchImplementation: builtInFetch, timeout: YOUTUBE_REQUEST_TIMEOUT_MS },
      });
      oauth.setCredentials({ refresh_token: this.config.refreshToken });
      this.client = youtubeClient(this.config.baseUrl, oauth);
    }
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  async fetchPage(_query: unknown, cursor: Cursor, signal?: AbortSignal): Promise<PageResult> {
    if (!this.client || !this.config)
      return { status: 'failed', retryable: false, message: 'YOUTUBE_CHANNEL_ID is not set', cursor };
    const at = readCursor(cursor);
    const spent = await this.spend(UNITS.list);
    if (spent) return { status: 'rate_limited', retryAt: spent.retryAt, cursor };
    let body: youtube_v3.Schema$CommentThreadListResponse;
    try {
      const response = await this.client.commentThreads.list(
        {
          part: ['snippet'],
          allThreadsRelatedToChannelId: this.config.channelId,
          order: 'time',
          maxResults: 100,
          textFormat: 'plainText',
          ...(at.walk ? { pageToken: at.walk.pageToken } : {}),
        },
        { signal },
      );
      body = listBody(response.data);
    } catch (error) {
      const answer = await this.failure(error);
      if (answer.status === 'rate_limited') return { status: 'rate_limited', retryAt: answer.retryAt, cursor };
      if (answer.status === 'failed')
        return { status: 'failed', retryable: answer.retryable, message: answer.message, cursor };
      return { status: 'failed', retryable: true, message: 'unexpected answer', cursor };
    }

    const posts: NormalizedPost[] = [];
    const quarantined: BadItem[] = [];
    let reachedMark = false;
    let newest: YoutubeMark | undefined;
    for (const thread of body.items ?? []) {
      const videoId = thread.snippet?.videoId ?? thread.snippet?.topLevelComment?.snippet?.videoId ?? '';
      const item = parseCommentThread(thread, videoId);
      const mark = item.mark;
      if (mark && at.high && (mark.id === at.high.id || mark.publishedAt < at.high.publishedAt)) {
        reachedMark = true;
        continue;
      }
      if (mark) newest = newerMark(newest, mark);
      if (item.kind === 'bad') {
        quarantined.push(item.item);
        continue;
      }
      // The channel's own comments and replies are ours, not mentions.
      if (item.post.authorId === this.config.channelId) continue;
      posts.push({
        ...item.post,
        ownAccount: {
          parentPost: videoId
            ? { id: videoId, url: `https://www.youtube.com/watch?v=${videoId}`, text: '', postedAt: null }
            : null,
          canHide: true,
          canReply: thread.snippet?.canReply !== false,
        },
      });
    }
    const runHigh = newerMark(at.walk?.runHigh, newest);
    if (!reachedMark && body.nextPageToken) {
      const walk = { pageToken: body.nextPageToken, ...(runHigh ? { runHigh } : {}) };
      return { status: 'ok', posts, quarantined, cursor: { ...(at.high ? { high: at.high } : {}), walk }, done: false };
    }
    const high = newerMark(at.high, runHigh);
    return { status: 'ok', posts, quarantined, cursor: high ? { high } : {}, done: true };
  }

  /** Held for review is hidden from everyone but the owner, and published again on unhide. */
  async setHidden(commentId: string, hidden: boolean, signal?: AbortSignal): Promise<ModerationAnswer> {
    return this.moderate(commentId, hidden ? 'heldForReview' : 'published', false, signal);
  }

  async reply(commentId: string, text: string, signal?: AbortSignal): Promise<ModerationAnswer> {
    if (!this.client) return { status: 'failed', retryable: false, message: 'YOUTUBE_CHANNEL_ID is not set' };
    const spent = await this.spend(UNITS.insert);
    if (spent) return spent;
    try {
      const response = await this.client.comments.insert(
        { part: ['snippet'], requestBody: { snippet: { parentId: commentId, textOriginal: text } } },
        { signal },
      );
      const id = response.data.id;
      if (typeof id !== 'string')
        return { status: 'failed', retryable: false, message: 'YouTube gave no id for the reply' };
      const videoId = response.data.snippet?.videoId;
      return {
        status: 'ok',
        answer: { id, parentId: response.data.snippet?.parentId ?? commentId },
        resultId: id,
        ...(videoId ? { resultUrl: `https://www.youtube.com/watch?v=${videoId}&lc=${encodeURIComponent(id)}` } : {}),
      };
    } catch (error) {
      return this.failure(error);
    }
  }

  async findReply(commentId: string, text: string, signal?: AbortSignal): Promise<FoundReply> {
    if (!this.client || !this.config) return { status: 'failed', message: 'YOUTUBE_CHANNEL_ID is not set' };
    const spent = await this.spend(UNITS.list);
    if (spent) return { status: 'failed', message: spent.message };
    try {
      const response = await this.client.comments.list(
        { part: ['snippet'], parentId: commentId, maxResults: 100, textFormat: 'plainText' },
        { signal },
      );
      const ours = (response.data.items ?? []).find(
        (c) => c.snippet?.authorChannelId?.value === this.config!.channelId && c.snippet?.textOriginal === text,
      );
      if (!ours?.id) return { status: 'none' };
      const videoId = ours.snippet?.videoId;
      return {
        status: 'found',
        resultId: ours.id,
        ...(videoId
          ? { resultUrl: `https://www.youtube.com/watch?v=${videoId}&lc=${encodeURIComponent(ours.id)}` }
          : {}),
      };
    } catch (error) {
      return { status: 'failed', message: youtubeFailure(error).message };
    }
  }

  /**
   * YouTube bans through a comment: the author's comment is rejected with banAuthor, and their
   * later comments are rejected too. Lifting a ban is not in the API (unblockRefusal says where).
   */
  async setBlocked(
    _userId: string,
    blocked: boolean,
    commentId: string,
    signal?: AbortSignal,
  ): Promise<ModerationAnswer> {
    if (!blocked) return { status: 'failed', retryable: false, message: this.unblockRefusal };
    if (!commentId)
      return { status: 'failed', retryable: false, message: 'YouTube bans through a comment, and none was given' };
    return this.moderate(commentId, 'rejected', true, signal);
  }

  private async moderate(
    commentId: string,
    moderationStatus: 'heldForReview' | 'published' | 'rejected',
    banAuthor: boolean,
    signal?: AbortSignal,
  ): Promise<ModerationAnswer> {
    if (!this.client) return { status: 'failed', retryable: false, message: 'YOUTUBE_CHANNEL_ID is not set' };
    const spent = await this.spend(UNITS.moderate);
    if (spent) return spent;
    try {
      const response = await this.client.comments.setModerationStatus(
        { id: [commentId], moderationStatus, ...(banAuthor ? { banAuthor: true } : {}) },
        { signal },
      );
      return { status: 'ok', answer: { httpStatus: response.status, moderationStatus, banAuthor } };
    } catch (error) {
      return this.failure(error);
    }
  }

  /**
   * Why hide, reply and block are not offered today: the day's quota (shared with the keyword
   * source) cannot take another action. Null while it can.
   */
  async refusalToday(db?: Queryable): Promise<string | null> {
    if (!this.config) return null;
    const today = await this.dailyQuota.today(new Date(), db);
    return today.used + ACTION_UNITS > today.limit ? quotaMessage(today) : null;
  }

  /** Reserves a call's units; when today's quota cannot take them, the answer to give instead. */
  private async spend(units: number): Promise<Extract<ModerationAnswer, { status: 'rate_limited' }> | null> {
    const spent = await this.dailyQuota.spend(units);
    return spent ? { status: 'rate_limited', retryAt: spent.resetsAt, message: quotaMessage(spent) } : null;
  }

  /** A failed call as an answer; Google saying the quota is spent is believed over our own count. */
  private async failure(error: unknown): Promise<ModerationAnswer> {
    await this.dailyQuota.believeGoogle(youtubeFailure(error));
    return moderationFailure(error);
  }
}
