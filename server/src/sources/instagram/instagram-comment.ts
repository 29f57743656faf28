import type { ParentPost } from '@ou-listening/shared';
import { graphTime } from '../graph-client.js';
import type { ParsedComments } from '../owned-walk.js';
import type { BadItem, NormalizedPost } from '../source-connector.js';

export const MEDIA_FIELDS = 'id,caption,permalink,timestamp';
const COMMENT_PARTS = 'id,text,timestamp,username,from{id,username},like_count,hidden';
export const COMMENT_FIELDS = `${COMMENT_PARTS},replies{${COMMENT_PARTS}}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

export function parseMedia(raw: unknown): ParentPost | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return null;
  return {
    id: raw.id,
    url: text(raw.permalink),
    text: typeof raw.caption === 'string' ? raw.caption : '',
    postedAt: graphTime(raw.timestamp)?.toISOString() ?? null,
  };
}

/**
 * Comments on one of our media, with their replies (Instagram nests replies under `replies`
 * rather than streaming them). Our own account's replies are left out. Instagram comments have no
 * address of their own: the media's is used.
 */
export function parseInstagramComments(raw: unknown[], parent: ParentPost, igUserId: string): ParsedComments {
  const posts: NormalizedPost[] = [];
  const quarantined: BadItem[] = [];
  let oldest: Date | null = null;
  const take = (item: unknown, inReplyTo: string) => {
    const bad = (error: string) =>
      quarantined.push({
        platform: 'instagram',
        externalId: isRecord(item) && typeof item.id === 'string' ? item.id : null,
        payload: item,
        error,
      });
    if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') return bad('a comment without an id');
    const postedAt = graphTime(item.timestamp);
    if (!postedAt) return bad('a comment without a valid timestamp');
    if (oldest === null || postedAt < oldest) oldest = postedAt;
    if (typeof item.text !== 'string') return bad('a comment whose text is missing or not text');
    const from = isRecord(item.from) ? item.from : {};
    if (from.id !== igUserId) {
      posts.push({
        platform: 'instagram',
        externalId: item.id,
        url: parent.url,
        authorId: text(from.id),
        authorHandle: text(item.username) ?? text(from.username),
        authorName: null,
        text: item.text,
        lang: null,
        postedAt,
        conversationId: parent.id,
        inReplyToId: inReplyTo,
        metrics: typeof item.like_count === 'number' ? { like_count: item.like_count } : {},
        isDemo: false,
        // Instagram lets the account hide and answer any comment on its own media.
        ownAccount: { parentPost: parent, canHide: true, canReply: true },
      });
    }
    const replies = isRecord(item.replies) && Array.isArray(item.replies.data) ? item.replies.data : [];
    for (const reply of replies) take(reply, item.id);
  };
  for (const item of raw) take(item, parent.id);
  return { posts, quarantined, oldest };
}
