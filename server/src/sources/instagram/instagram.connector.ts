import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import { GraphClient, type GraphPage } from '../graph-client.js';
import { moderationAnswer, NOT_CONFIGURED, NOT_CONFIGURED_MESSAGE } from '../graph-moderation.js';
import { GraphOwnedConnector } from '../graph-owned.connector.js';
import type { OwnedPlatform } from '../owned-walk.js';
import type { FoundReply, ModerationAnswer, PlatformModerator } from '../platform-moderation.types.js';
import type { SourceConnector } from '../source-connector.js';
import { COMMENT_FIELDS, MEDIA_FIELDS, parseInstagramComments, parseMedia } from './instagram-comment.js';

/**
 * The OU's own Instagram professional account (issue 16), reached through the Page token: the
 * comments on its media, and hiding and replying to them. Instagram's API has no block.
 */
@Injectable()
export class InstagramConnector extends GraphOwnedConnector implements SourceConnector, PlatformModerator {
  readonly kind = 'instagram' as const;
  readonly platform = 'instagram';
  readonly label = 'Instagram';
  readonly blockRefusal = "Instagram's API has no way to block an account: block it in the Instagram app";

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.ownAccounts.instagramUserId, 'INSTAGRAM_USER_ID', config.ownAccounts, 'hide');
  }

  protected owned(client: GraphClient, userId: string): OwnedPlatform {
    return {
      platform: 'instagram',
      // The comments edge takes no order: every page of a recent media's comments is read.
      newestFirst: false,
      listParents: (after, s) => client.page(`${userId}/media`, { fields: MEDIA_FIELDS, limit: '25' }, after, s),
      parseParent: parseMedia,
      listComments: (mediaId, after, s) =>
        client.page(`${mediaId}/comments`, { fields: COMMENT_FIELDS, limit: '50' }, after, s),
      parseComments: (raw, parent) => parseInstagramComments(raw, parent, userId),
    };
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
    if (!this.client || !this.accountId) return { status: 'failed', message: NOT_CONFIGURED_MESSAGE };
    const answer = await this.client.get<GraphPage>(
      `${commentId}/replies`,
      { fields: 'id,text,from{id}', limit: '50' },
      signal,
    );
    if (!answer.ok) return { status: 'failed', message: answer.message };
    for (const reply of answer.body.data ?? []) {
      const r = reply as { id?: unknown; text?: unknown; from?: { id?: unknown } } | null;
      if (typeof r?.id === 'string' && r.text === text && r.from?.id === this.accountId)
        return { status: 'found', resultId: r.id };
    }
    return { status: 'none' };
  }

  setBlocked(): Promise<ModerationAnswer> {
    return Promise.resolve({ status: 'failed', retryable: false, message: this.blockRefusal });
  }
}
