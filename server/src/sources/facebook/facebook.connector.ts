import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { ModerationAnswer, PlatformModerator } from '../platform-moderation.types.js';
import type { SourceConnector } from '../source-connector.js';
import { COMMENT_FIELDS, FEED_FIELDS, parseFacebookComments, parseFeedPost } from './facebook-comment.js';
import { moderationAnswer, NOT_CONFIGURED } from '../graph-moderation.js';
import { GraphOwnedConnector } from '../graph-owned.connector.js';

/**
 * The OU's own Facebook Page (issue 16): the comments on its posts, read with the Page token, and
 * what the Page may do with them: hide, reply, block the commenter.
 */
@Injectable()
export class FacebookConnector extends GraphOwnedConnector<'facebook'> implements SourceConnector, PlatformModerator {
  readonly label = 'Facebook';
  readonly blockRefusal = null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super('facebook', config.ownAccounts.facebookPageId, 'FACEBOOK_PAGE_ID', config.ownAccounts, 'is_hidden');
  }

  protected readonly walk = {
    newestFirst: true,
    parents: { edge: 'feed', query: { fields: FEED_FIELDS, limit: '25' }, parse: parseFeedPost },
    comments: {
      query: { filter: 'stream', order: 'reverse_chronological', fields: COMMENT_FIELDS, limit: '100' },
      parse: parseFacebookComments,
    },
  };

  /** A reply on Facebook is a comment on the comment, with an address of its own. */
  protected readonly replies = {
    edge: 'comments',
    query: { fields: 'id,message,from{id},permalink_url', filter: 'stream', limit: '100' },
    textField: 'message',
  };

  override async reply(commentId: string, text: string, signal?: AbortSignal): Promise<ModerationAnswer> {
    const answer = await super.reply(commentId, text, signal);
    if (answer.status !== 'ok' || answer.resultId === undefined || !this.client) return answer;
    // The reply's address; the reply stands even if this look-up fails.
    const link = await this.client.get<{ permalink_url?: unknown }>(
      answer.resultId,
      { fields: 'permalink_url' },
      signal,
    );
    const url = link.ok && typeof link.body.permalink_url === 'string' ? link.body.permalink_url : undefined;
    return { ...answer, resultUrl: url };
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
