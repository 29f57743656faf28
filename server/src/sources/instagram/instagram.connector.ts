import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import { GraphClient, type GraphPage } from '../graph-client.js';
import { moderationAnswer, NOT_CONFIGURED, NOT_CONFIGURED_MESSAGE } from '../graph-moderation.js';
import { fetchOwnedPage, type OwnedPlatform } from '../owned-walk.js';
import type { FoundReply, ModerationAnswer, PlatformModerator } from '../platform-moderation.types.js';
import type { Cursor, PageResult, SourceConnector } from '../source-connector.js';
import { COMMENT_FIELDS, MEDIA_FIELDS, parseInstagramComments, parseMedia } from './instagram-comment.js';

/**
 * The OU's own Instagram professional account (issue 16), reached through the Page token: the
 * comments on its media, and hiding and replying to them. Instagram's API has no block.
 */
@Injectable()
export class InstagramConnector implements SourceConnector, PlatformModerator {
  readonly kind = 'instagram' as const;
  readonly platform = 'instagram';
  readonly ignoresWatchQueries = true;
  readonly label = 'Instagram';
  readonly blockRefusal = "Instagram's API has no way to block an account: block it in the Instagram app";
  private readonly client: GraphClient | undefined;
  private readonly userId: string | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { graphUrl, instagramUserId, pageToken } = config.ownAccounts;
    this.userId = instagramUserId;
    this.client = instagramUserId && pageToken ? new GraphClient(graphUrl, pageToken) : undefined;
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  fetchPage(_query: unknown, cursor: Cursor, signal?: AbortSignal): Promise<PageResult> {
    const { client, userId } = this;
    if (!client || !userId)
      return Promise.resolve({ status: 'failed', retryable: false, message: 'INSTAGRAM_USER_ID is not set', cursor });
    const owned: OwnedPlatform = {
      platform: 'instagram',
      // The comments edge takes no order: every page of a recent media's comments is read.
      newestFirst: false,
      listParents: (after, s) =>
        client.get(`${userId}/media`, { fields: MEDIA_FIELDS, limit: '25', ...(after ? { after } : {}) }, s),
      parseParent: parseMedia,
      listComments: (mediaId, after, s) =>
        client.get(`${mediaId}/comments`, { fields: COMMENT_FIELDS, limit: '50', ...(after ? { after } : {}) }, s),
      parseComments: (raw, parent) => parseInstagramComments(raw, parent, userId),
    };
    return fetchOwnedPage(owned, cursor, new Date(), signal);
  }

  async setHidden(commentId: string, hidden: boolean, signal?: AbortSignal): Promise<ModerationAnswer> {
    if (!this.client) return NOT_CONFIGURED;
    return moderationAnswer(await this.client.post(commentId, { hide: String(hidden) }, signal));
  }

  async reply(commentId: string, text: string, signal?: AbortSignal): Promise<ModerationAnswer> {
    if (!this.client) return NOT_CONFIGURED;
    const answer = moderationAnswer(await this.client.post(`${commentId}/replies`, { message: text }, signal));
    if (answer.status !== 'ok') return answer;
    const id = (answer.answer as { id?: unknown } | null)?.id;
    return typeof id === 'string'
      ? { ...answer, resultId: id }
      : { status: 'failed', retryable: false, message: 'Graph API gave no id for the reply' };
  }

  async findReply(commentId: string, text: string, signal?: AbortSignal): Promise<FoundReply> {
    if (!this.client || !this.userId) return { status: 'failed', message: NOT_CONFIGURED_MESSAGE };
    const answer = await this.client.get<GraphPage>(
      `${commentId}/replies`,
      { fields: 'id,text,from{id}', limit: '50' },
      signal,
    );
    if (!answer.ok) return { status: 'failed', message: answer.message };
    for (const reply of answer.body.data ?? []) {
      const r = reply as { id?: unknown; text?: unknown; from?: { id?: unknown } } | null;
      if (typeof r?.id === 'string' && r.text === text && r.from?.id === this.userId)
        return { status: 'found', resultId: r.id };
    }
    return { status: 'none' };
  }

  setBlocked(): Promise<ModerationAnswer> {
    return Promise.resolve({ status: 'failed', retryable: false, message: this.blockRefusal });
  }
}
