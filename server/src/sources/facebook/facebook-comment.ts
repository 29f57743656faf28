import type { ParentPost } from '@ou-listening/shared';
import type { BadItem, NormalizedPost } from '../source-connector.js';
import { graphTime } from '../graph-client.js';
import type { ParsedComments } from '../owned-walk.js';

export const FEED_FIELDS = 'id,message,permalink_url,created_time';
export const COMMENT_FIELDS =
  'id,message,created_time,from{id,name},permalink_url,can_hide,can_comment,is_hidden,parent{id},like_count,comment_count';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** A post of the Page's feed; a post without text (a photo) still has comments. */
export function parseFeedPost(raw: unknown): ParentPost | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return null;
  return {
    id: raw.id,
    url: text(raw.permalink_url),
    text: typeof raw.message === 'string' ? raw.message : '',
    postedAt: graphTime(raw.created_time)?.toISOString() ?? null,
  };
}

/**
 * Comments on one of our posts (filter=stream: replies to comments come too, with parent). The
 * Page's own comments and replies are ours, not mentions, and are left out.
 */
export function parseFacebookComments(raw: unknown[], parent: ParentPost, pageId: string): ParsedComments {
  const posts: NormalizedPost[] = [];
  const quarantined: BadItem[] = [];
  let oldest: Date | null = null;
  for (const item of raw) {
    const bad = (error: string) =>
      quarantined.push({
        platform: 'facebook',
        externalId: isRecord(item) && typeof item.id === 'string' ? item.id : null,
        payload: item,
        error,
      });
    if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') {
      bad('a comment without an id');
      continue;
    }
    const postedAt = graphTime(item.created_time);
    if (!postedAt) {
      bad('a comment without a valid created_time');
      continue;
    }
    if (oldest === null || postedAt < oldest) oldest = postedAt;
    if (item.message !== undefined && typeof item.message !== 'string') {
      bad('a comment whose message is not text');
      continue;
    }
    const from = isRecord(item.from) ? item.from : {};
    if (from.id === pageId) continue;
    const metrics: Record<string, number> = {};
    if (typeof item.like_count === 'number') metrics.like_count = item.like_count;
    if (typeof item.comment_count === 'number') metrics.reply_count = item.comment_count;
    posts.push({
      platform: 'facebook',
      externalId: item.id,
      url: text(item.permalink_url) ?? parent.url,
      authorId: text(from.id),
      authorHandle: null,
      authorName: text(from.name),
      text: typeof item.message === 'string' ? item.message : '',
      lang: null,
      postedAt,
      conversationId: parent.id,
      inReplyToId: (isRecord(item.parent) ? text(item.parent.id) : null) ?? parent.id,
      metrics,
      isDemo: false,
      ownAccount: { parentPost: parent, canHide: item.can_hide !== false, canReply: item.can_comment !== false },
    });
  }
  return { posts, quarantined, oldest };
}
