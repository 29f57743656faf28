import type { ParentPost } from '@ou-listening/shared';
import { CommentPage, graphParent, graphText, isRecord } from '../graph-items.js';
import type { ParsedComments } from '../owned-walk.js';

export const FEED_FIELDS = 'id,message,permalink_url,created_time';
export const COMMENT_FIELDS =
  'id,message,created_time,from{id,name},permalink_url,can_hide,can_comment,is_hidden,parent{id},like_count,comment_count';

/** A post of the Page's feed. */
export function parseFeedPost(raw: unknown): ParentPost | null {
  return graphParent(raw, { url: 'permalink_url', text: 'message', time: 'created_time' });
}

/**
 * Comments on one of our posts (filter=stream: replies to comments come too, with parent). The
 * Page's own comments and replies are ours, not mentions, and are left out.
 */
export function parseFacebookComments(raw: unknown[], parent: ParentPost, pageId: string): ParsedComments {
  const page = new CommentPage('facebook');
  for (const item of raw) {
    const dated = page.dated(item, 'created_time');
    if (!dated) continue;
    const { comment, postedAt } = dated;
    if (comment.message !== undefined && typeof comment.message !== 'string') {
      page.quarantine(item, 'a comment whose message is not text');
      continue;
    }
    const from = isRecord(comment.from) ? comment.from : {};
    if (from.id === pageId) continue;
    const metrics: Record<string, number> = {};
    if (typeof comment.like_count === 'number') metrics.like_count = comment.like_count;
    if (typeof comment.comment_count === 'number') metrics.reply_count = comment.comment_count;
    page.posts.push({
      platform: 'facebook',
      externalId: comment.id,
      url: graphText(comment.permalink_url) ?? parent.url,
      authorId: graphText(from.id),
      authorHandle: null,
      authorName: graphText(from.name),
      text: typeof comment.message === 'string' ? comment.message : '',
      lang: null,
      postedAt,
      conversationId: parent.id,
      inReplyToId: (isRecord(comment.parent) ? graphText(comment.parent.id) : null) ?? parent.id,
      metrics,
      isDemo: false,
      ownAccount: { parentPost: parent, canHide: comment.can_hide !== false, canReply: comment.can_comment !== false },
    });
  }
  return page.result();
}
