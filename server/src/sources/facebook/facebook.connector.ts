import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { FoundReply, ModerationAnswer, PlatformModerator } from '../platform-moderation.types.js';
import type { SourceConnector } from '../source-connector.js';
import { COMMENT_FIELDS, FEED_FIELDS, parseFacebookComments, parseFeedPost } from './facebook-comment.js';
import { isRecord } from '../graph-items.js';
import { GraphClient, type GraphPage } from '../graph-client.js';
import { moderationAnswer, NOT_CONFIGURED, NOT_CONFIGURED_MESSAGE } from '../graph-moderation.js';
import { GraphOwnedConnector } from '../graph-owned.connector.js';
import type { OwnedPlatform } from '../owned-walk.js';

/**
 * The OU's own Facebook Page (issue 16): the comments on its posts, read with the Page token, and
 * what the Page may do with them: hide, reply, block the commenter.
 */
@Injectable()
export class FacebookConnector extends GraphOwnedConnector implements SourceConnector, PlatformModerator {
  readonly kind = 'facebook' as const;
  readonly platform = 'facebook';
  readonly label = 'Facebook';
  readonly blockRefusal = null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.ownAccounts.facebookPageId, 'FACEBOOK_PAGE_ID', config.ownAccounts, 'is_hidden');
  }

  protected owned(client: GraphClient, pageId: string): OwnedPlatform {
    return {
      platform: 'facebook',
      newestFirst: true,
      listParents: (after, s) => client.page(`${pageId}/feed`, { fields: FEED_FIELDS, limit: '25' }, after, s),
      parseParent: parseFeedPost,
      listComments: (postId, after, s) =>
        client.page(
          `${postId}/comments`,
          { filter: 'stream', order: 'reverse_chronological', fields: COMMENT_FIELDS, limit: '100' },
          after,
          s,
        ),
      parseComments: (raw, parent) => parseFacebookComments(raw, parent, pageId),
    };
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
    if (!this.client || !this.accountId) return { status: 'failed', message: NOT_CONFIGURED_MESSAGE };
    const answer = await this.client.get<GraphPage>(
      `${commentId}/comments`,
      { fields: 'id,message,from{id},permalink_url', filter: 'stream', limit: '100' },
      signal,
    );
    if (!answer.ok) return { status: 'failed', message: answer.message };
    const ours = (answer.body.data ?? []).find(
      (c): c is { id: string; permalink_url?: unknown } =>
        isRecord(c) &&
        typeof c.id === 'string' &&
        c.message === text &&
        isRecord(c.from) &&
        c.from.id === this.accountId,
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
    if (!this.client || !this.accountId) return NOT_CONFIGURED;
    const path = `${this.accountId}/blocked`;
    const answer = blocked
      ? await this.client.post(path, { user: userId }, signal)
      : await this.client.delete(path, { user: userId }, signal);
    return moderationAnswer(answer);
  }
}
