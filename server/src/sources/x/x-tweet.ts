import { ApiResponseError } from 'twitter-api-v2';
import type { BadItem, NormalizedPost } from '../source-connector.js';

/**
 * One page of a recent search as both X connectors ask for it: the tweet fields include note_tweet,
 * which carries the whole text of a post over 280 characters.
 */
export function searchParams(query: string, sinceId?: string, nextToken?: string): Record<string, string> {
  return {
    query,
    max_results: '100',
    'tweet.fields':
      'created_at,lang,author_id,conversation_id,in_reply_to_user_id,public_metrics,referenced_tweets,note_tweet',
    expansions: 'author_id',
    'user.fields': 'username,name',
    ...(sinceId ? { since_id: sinceId } : {}),
    ...(nextToken ? { next_token: nextToken } : {}),
  };
}

/**
 * X's recent search reaches 7 days back and refuses (400) a since_id older than that, as after a
 * week paused or rate limited: every later run would fail the same way unless the mark is dropped.
 * The note for an admin when that is the error, else undefined.
 */
export function staleSinceIdNote(error: unknown, sinceId: string | undefined): BadItem | undefined {
  if (!sinceId || !(error instanceof ApiResponseError) || error.code !== 400) return undefined;
  if (!JSON.stringify(error.data ?? {}).includes('since_id')) return undefined;
  return {
    platform: 'x',
    externalId: null,
    payload: { sinceId },
    error: `X no longer searches back to post ${sinceId} (its recent search covers 7 days): the last 7 days are read again`,
  };
}

/** The parts of a v2 recent-search response we read; everything else is ignored. */
export type XSearchResponse = {
  data?: unknown[];
  includes?: { users?: unknown[] };
  meta?: { newest_id?: string; oldest_id?: string; result_count?: number; next_token?: string };
};

type XUser = { id: string; username?: string; name?: string };

/** A recent-search body: an object with its meta (X sends meta with every page, even an empty one). */
export function isSearchResponse(body: unknown): body is XSearchResponse {
  return isRecord(body) && isRecord(body.meta);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function usersById(users: unknown[] | undefined): Map<string, XUser> {
  const map = new Map<string, XUser>();
  for (const user of users ?? []) {
    if (isRecord(user) && typeof user.id === 'string') {
      map.set(user.id, {
        id: user.id,
        username: optionalString(user.username) ?? undefined,
        name: optionalString(user.name) ?? undefined,
      });
    }
  }
  return map;
}

function metricsOf(value: unknown): Record<string, number> {
  const metrics: Record<string, number> = {};
  if (!isRecord(value)) return metrics;
  for (const [key, count] of Object.entries(value)) if (typeof count === 'number') metrics[key] = count;
  return metrics;
}

/**
 * Splits one page into posts and quarantined items. A tweet without an id, text or a valid
 * created_at cannot be stored or deduplicated, so it is quarantined; the rest of the page is kept.
 */
export function parseTweets(body: XSearchResponse): { posts: NormalizedPost[]; quarantined: BadItem[] } {
  const users = usersById(body.includes?.users);
  const posts: NormalizedPost[] = [];
  const quarantined: BadItem[] = [];
  for (const item of body.data ?? []) {
    const problem = problemWith(item);
    if (problem) {
      const externalId = isRecord(item) && typeof item.id === 'string' ? item.id : null;
      quarantined.push({ platform: 'x', externalId, payload: item ?? null, error: problem });
      continue;
    }
    const tweet = item as Record<string, unknown> & { id: string; text: string; created_at: string };
    const authorId = optionalString(tweet.author_id);
    const author = authorId ? users.get(authorId) : undefined;
    const referenced = Array.isArray(tweet.referenced_tweets) ? tweet.referenced_tweets : [];
    const reply = referenced.find((r): r is { type: string; id: string } => isRecord(r) && r.type === 'replied_to');
    posts.push({
      platform: 'x',
      externalId: tweet.id,
      url: `https://x.com/${author?.username ?? 'i/web'}/status/${tweet.id}`,
      authorId,
      authorHandle: author?.username ?? null,
      authorName: author?.name ?? null,
      // A post over 280 characters comes cut short in text, whole in note_tweet.text.
      text: (isRecord(tweet.note_tweet) ? optionalString(tweet.note_tweet.text) : null) ?? tweet.text,
      lang: optionalString(tweet.lang),
      postedAt: new Date(tweet.created_at),
      conversationId: optionalString(tweet.conversation_id),
      inReplyToId: reply && typeof reply.id === 'string' ? reply.id : null,
      metrics: metricsOf(tweet.public_metrics),
      isDemo: false,
    });
  }
  return { posts, quarantined };
}

function problemWith(item: unknown): string | null {
  if (!isRecord(item)) return 'not an object';
  if (typeof item.id !== 'string' || !/^\d{1,20}$/.test(item.id)) return 'missing or invalid id';
  if (typeof item.text !== 'string' || item.text.length === 0) return 'missing text';
  if (typeof item.created_at !== 'string' || Number.isNaN(Date.parse(item.created_at)))
    return 'missing or invalid created_at';
  return null;
}
