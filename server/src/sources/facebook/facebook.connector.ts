import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { FoundReply, ModerationAnswer, PlatformModerator } from '../platform-moderation.types.js';
import type { Cursor, PageResult, SourceConnector } from '../source-connector.js';
import { COMMENT_FIELDS, FEED_FIELDS, parseFacebookComments, parseFeedPost } from './facebook-comment.js';
import { isRecord } from '../graph-items.js';
import { GraphClient, type GraphPage } from '../graph-client.js';
import { moderationAnswer, NOT_CONFIGURED, NOT_CONFIGURED_MESSAGE } from '../graph-moderation.js';
import { fetchOwnedPage, type OwnedPlatform } from '../owned-walk.js';

/**
 * The OU's own Facebook Page (issue 16): the comments on its posts, read with the Page token, and
 * what the Page may do with them: hide, reply, block the commenter. Watch queries do not apply:
 * every comment on our own posts is ours to see.
 */
@Injectable()
export class FacebookConnector implements SourceConnector, PlatformModerator {
  readonly kind = 'facebook' as const;
  readonly platform = 'facebook';
  readonly ignoresWatchQueries = true;
  readonly label = 'Facebook';
  readonly blockRefusal = null;
  private readonly client: GraphClient | undefined;
  private readonly pageId: string | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { graphUrl, facebookPageId, pageToken } = config.ownAccounts;
    this.pageId = facebookPageId;
    this.client = facebookPageId && pageToken ? new GraphClient(graphUrl, pageToken) : undefined;
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  fetchPage(_query: unknown, cursor: Cursor, signal?: AbortSignal): Promise<PageResult> {
    const { client, pageId } = this;
    if (!client || !pageId)
      return Promise.resolve({ status: 'failed', retryable: false, message: 'FACEBOOK_PAGE_ID is not set', cursor });
    const owned: OwnedPlatform = {
      platform: 'facebook',
      newestFirst: true,
      listParents: (after, s) =>
        client.get(`${pageId}/feed`, { fields: FEED_FIELDS, limit: '25', ...(after ? { after } : {}) }, s),
      parseParent: parseFeedPost,
      listComments: (postId, after, s) =>
        client.get(
          `${postId}/comments`,
          {
            filter: 'stream',
            order: 'reverse_chronological',
            fields: COMMENT_FIELDS,
            limit: '100',
            ...(after ? { after } : {}),
          },
          s,
        ),
      parseComments: (raw, parent) => parseFacebookComments(raw, parent, pageId),
    };
    return fetchOwnedPage(owned, cursor, new Date(), signal);
  }

  async setHidden(commentId: string, hidden: boolean, signal?: AbortSignal): Promise<ModerationAnswer> {
    if (!this.client) return NOT_CONFIGURED;
    return moderationAnswer(await this.client.post(commentId, { is_hidden: String(hidden) }, signal));
  }

  async reply(commentId: string, text: string, signal?: AbortSignal): Promise<ModerationAnswer> {
    if (!this.client) return NOT_CONFIGURED;
    const answer = moderationAnswer(await this.client.post(`${commentId}/comments`, { message: text }, signal));
    if (answer.status !== 'ok') return answer;
    const id = (answer.answer as { id?: unknown } | null)?.id;
    if (typeof id !== 'string')
      return { status: 'failed', retryable: false, message: 'Graph API gave no id for the reply' };
    // The reply's address; the reply stands even if this look-up fails.
    const link = await this.client.get<{ permalink_url?: unknown }>(id, { fields: 'permalink_url' }, signal);
    const url = link.ok && typeof link.body.permalink_url === 'string' ? link.body.permalink_url : undefined;
    return { ...answer, resultId: id, resultUrl: url };
  }

  async findReply(commentId: string, text: string, signal?: AbortSignal): Promise<FoundReply> {
    if (!this.client || !this.pageId) return { status: 'failed', message: NOT_CONFIGURED_MESSAGE };
    const answer = await this.client.get<GraphPage>(
      `${commentId}/comments`,
      { fields: 'id,message,from{id},permalink_url', filter: 'stream', limit: '100' },
      signal,
    );
    if (!answer.ok) return { status: 'failed', message: answer.message };
    const ours = (answer.body.data ?? []).find(
      (c): c is { id: string; permalink_url?: unknown } =>
        isRecord(c) && typeof c.id === 'string' && c.message === text && isRecord(c.from) && c.from.id === this.pageId,
    );
    if (!ours) return { status: 'none' };
    return {
      status: 'found',
      resultId: ours.id,
      ...(typeof ours.permalink_url === 'string' ? { resultUrl: ours.permalink_url } : {}),
    };
  }

  async setBlocked(
    userId: string,
    blocked: boolean,
    _commentId: string,
    signal?: AbortSignal,
  ): Promise<ModerationAnswer> {
    if (!this.client || !this.pageId) return NOT_CONFIGURED;
    const path = `${this.pageId}/blocked`;
    const answer = blocked
      ? await this.client.post(path, { user: userId }, signal)
      : await this.client.delete(path, { user: userId }, signal);
    return moderationAnswer(answer);
  }
}
