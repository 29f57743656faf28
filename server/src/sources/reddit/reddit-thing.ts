import { type BadItem, hasFields, type NormalizedPost } from '../source-connector.js';

/** A listing child's place in time: created_utc (seconds) and its fullname (t3_…, t1_…). */
export type RedditMark = { createdUtc: number; name: string };

export function isRedditMark(value: unknown): value is RedditMark {
  return hasFields<RedditMark>(value, { createdUtc: 'number', name: 'string' });
}

/** One child of a listing, already sorted into a post, a quarantined item, or content that is gone. */
export type RedditThing =
  | { kind: 'post'; mark: RedditMark; post: NormalizedPost }
  | { kind: 'bad'; mark: RedditMark | null; item: BadItem }
  | { kind: 'gone'; mark: RedditMark };

export type RedditListing = { children: unknown[]; after: string | null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** Reddit's placeholders for what a moderator removed or an author deleted. */
const GONE_TEXT = new Set(['[removed]', '[deleted]']);

/** The children and `after` of a Listing, or null when the body is not one. */
export function readListing(body: unknown): RedditListing | null {
  if (!isRecord(body) || body.kind !== 'Listing' || !isRecord(body.data)) return null;
  const { children, after } = body.data;
  if (!Array.isArray(children)) return null;
  return { children, after: typeof after === 'string' && after.length > 0 ? after : null };
}

function markOf(data: Record<string, unknown>): RedditMark | null {
  const name = text(data.name);
  const created = data.created_utc;
  if (!name || typeof created !== 'number' || !Number.isFinite(created)) return null;
  return { createdUtc: created, name };
}

function metricsOf(data: Record<string, unknown>, keys: string[]): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'number' && Number.isFinite(value)) metrics[key] = value;
  }
  return metrics;
}

function author(data: Record<string, unknown>): string | null {
  const name = text(data.author);
  return name && name !== '[deleted]' ? name : null;
}

/**
 * One t3 (post) or t1 (comment) listing child as a mention. A child without a fullname, a time,
 * a permalink or its text cannot be stored or placed against the high-water mark: quarantined.
 * Content Reddit shows as [removed] or [deleted] is gone, and is not stored.
 */
export function parseThing(child: unknown): RedditThing {
  const bad = (error: string, mark: RedditMark | null): RedditThing => {
    const data = isRecord(child) && isRecord(child.data) ? child.data : {};
    return {
      kind: 'bad',
      mark,
      item: { platform: 'reddit', externalId: text(data.name), payload: child ?? null, error },
    };
  };
  if (!isRecord(child) || !isRecord(child.data)) return bad('not a listing child', null);
  const kind = child.kind;
  const data = child.data;
  if (kind !== 't3' && kind !== 't1') return bad(`unexpected kind ${String(kind)}`, null);
  const mark = markOf(data);
  if (!mark) return bad('missing name or created_utc', null);
  if (!mark.name.startsWith(`${kind}_`)) return bad('name does not match its kind', mark);
  const permalink = text(data.permalink);
  if (!permalink || !permalink.startsWith('/')) return bad('missing permalink', mark);

  let body: string;
  if (kind === 't3') {
    const title = text(data.title);
    if (!title) return bad('missing title', mark);
    const selftext = typeof data.selftext === 'string' ? data.selftext : '';
    if (data.removed_by_category || GONE_TEXT.has(selftext)) return { kind: 'gone', mark };
    body = selftext === '' ? title : `${title}\n\n${selftext}`;
  } else {
    if (typeof data.body !== 'string') return bad('missing body', mark);
    if (GONE_TEXT.has(data.body)) return { kind: 'gone', mark };
    body = data.body;
  }

  const handle = author(data);
  return {
    kind: 'post',
    mark,
    post: {
      platform: 'reddit',
      externalId: mark.name,
      url: `https://www.reddit.com${permalink}`,
      authorId: handle ? text(data.author_fullname) : null,
      authorHandle: handle,
      authorName: handle ? `u/${handle}` : null,
      text: body,
      lang: null,
      postedAt: new Date(mark.createdUtc * 1000),
      conversationId: kind === 't3' ? mark.name : text(data.link_id),
      inReplyToId: kind === 't1' ? text(data.parent_id) : null,
      metrics: metricsOf(data, kind === 't3' ? ['score', 'num_comments'] : ['score']),
      isDemo: false,
    },
  };
}

/** Whether a thing from /api/info still stands: there, with its author and its text. */
export function stillStands(child: unknown): string | null {
  if (!isRecord(child) || !isRecord(child.data)) return null;
  const data = child.data;
  const name = text(data.name);
  if (!name) return null;
  if (text(data.author) === '[deleted]') return null;
  if (data.removed_by_category) return null;
  if (child.kind === 't1' && typeof data.body === 'string' && GONE_TEXT.has(data.body)) return null;
  if (child.kind === 't3' && typeof data.selftext === 'string' && GONE_TEXT.has(data.selftext)) return null;
  return name;
}
