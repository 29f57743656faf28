import type { ParentPost } from '@ou-listening/shared';
import { CommentPage, graphParent, graphText, isRecord } from '../graph-items.js';
import type { ParsedComments } from '../owned-walk.js';

export const MEDIA_FIELDS = 'id,caption,permalink,timestamp';
const COMMENT_PARTS = 'id,text,timestamp,username,from{id,username},like_count,hidden';
export const COMMENT_FIELDS = `${COMMENT_PARTS},replies{${COMMENT_PARTS}}`;

export function parseMedia(raw: unknown): ParentPost | null {
  return graphParent(raw, { url: 'permalink', text: 'caption', time: 'timestamp' });
}

/**
 * Comments on one of our media, with their replies (Instagram nests replies under `replies`
 * rather than streaming them). Our own account's replies are left out. Instagram comments have no
 * address of their own: the media's is used.
 */
export function parseInstagramComments(raw: unknown[], parent: ParentPost, igUserId: string): ParsedComments {
  const page = new CommentPage('instagram');
  const take = (item: unknown, inReplyTo: string) => {
    const dated = page.dated(item, 'timestamp');
    if (!dated) return;
    const { comment, postedAt } = dated;
    if (typeof comment.text !== 'string') return page.quarantine(item, 'a comment whose text is missing or not text');
    const from = isRecord(comment.from) ? comment.from : {};
    if (from.id !== igUserId) {
      page.posts.push({
        platform: 'instagram',
        externalId: comment.id,
        url: parent.url,
        authorId: graphText(from.id),
        authorHandle: graphText(comment.username) ?? graphText(from.username),
        authorName: null,
        text: comment.text,
        lang: null,
        postedAt,
        conversationId: parent.id,
        inReplyToId: inReplyTo,
        metrics: typeof comment.like_count === 'number' ? { like_count: comment.like_count } : {},
        isDemo: false,
        // Instagram lets the account hide and answer any comment on its own media.
        ownAccount: { parentPost: parent, canHide: true, canReply: true },
      });
    }
    const replies = isRecord(comment.replies) && Array.isArray(comment.replies.data) ? comment.replies.data : [];
    for (const reply of replies) take(reply, comment.id);
  };
  for (const item of raw) take(item, parent.id);
  return page.result();
}
