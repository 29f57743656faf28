import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import { GraphOwnedConnector } from '../graph-owned.connector.js';
import type { ModerationAnswer, PlatformModerator } from '../platform-moderation.types.js';
import type { SourceConnector } from '../source-connector.js';
import { COMMENT_FIELDS, MEDIA_FIELDS, parseInstagramComments, parseMedia } from './instagram-comment.js';

/**
 * The OU's own Instagram professional account (issue 16), reached through the Page token: the
 * comments on its media, and hiding and replying to them. Instagram's API has no block.
 */
@Injectable()
export class InstagramConnector extends GraphOwnedConnector<'instagram'> implements SourceConnector, PlatformModerator {
  readonly label = 'Instagram';
  readonly blockRefusal = "Instagram's API has no way to block an account: block it in the Instagram app";

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super('instagram', config.ownAccounts.instagramUserId, 'INSTAGRAM_USER_ID', config.ownAccounts, 'hide');
  }

  protected readonly walk = {
    // The comments edge takes no order: every page of a recent media's comments is read.
    newestFirst: false,
    parents: { edge: 'media', query: { fields: MEDIA_FIELDS, limit: '25' }, parse: parseMedia },
    comments: { query: { fields: COMMENT_FIELDS, limit: '50' }, parse: parseInstagramComments },
  };

  /** Instagram keeps a comment's replies on their own edge, as text without an address. */
  protected readonly replies = {
    edge: 'replies',
    query: { fields: 'id,text,from{id}', limit: '50' },
    textField: 'text',
  };

  setBlocked(): Promise<ModerationAnswer> {
    return Promise.resolve({ status: 'failed', retryable: false, message: this.blockRefusal });
  }
}
