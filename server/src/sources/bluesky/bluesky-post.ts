import type { BadItem, NormalizedPost, WatchQuery } from '../source-connector.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

const POST_URI = /^at:\/\/(did:[a-z]+:[^/]+)\/app\.bsky\.feed\.post\/([^/]+)$/;

/** Why a PostView cannot be stored, or null when it can. */
function problemWith(item: unknown): string | null {
  if (!isRecord(item)) return 'not an object';
  if (typeof item.uri !== 'string' || !POST_URI.test(item.uri)) return 'missing or invalid uri';
  if (!isRecord(item.author) || typeof item.author.did !== 'string' || typeof item.author.handle !== 'string')
    return 'missing author';
  if (!isRecord(item.record)) return 'missing record';
  if (typeof item.record.text !== 'string') return 'missing record.text';
  const created = item.record.createdAt;
  if (typeof created !== 'string' || Number.isNaN(Date.parse(created))) return 'missing or invalid record.createdAt';
  return null;
}

/**
 * A post's text with its links whole. Bluesky shortens a link in the text ("example.com/lo...")
 * and keeps the full URI in a link facet over those bytes (UTF-8 offsets), so each is put back.
 */
function textWithLinks(record: Record<string, unknown>): string {
  const raw = record.text as string;
  if (!Array.isArray(record.facets)) return raw;
  const bytes = new TextEncoder().encode(raw);
  const links: { start: number; end: number; uri: string }[] = [];
  for (const facet of record.facets) {
    if (!isRecord(facet) || !isRecord(facet.index) || !Array.isArray(facet.features)) continue;
    const { byteStart, byteEnd } = facet.index;
    const link = facet.features.find((f) => isRecord(f) && f.$type === 'app.bsky.richtext.facet#link');
    const uri = isRecord(link) ? link.uri : undefined;
    if (typeof byteStart !== 'number' || typeof byteEnd !== 'number' || typeof uri !== 'string') continue;
    if (byteStart < 0 || byteEnd > bytes.length || byteStart >= byteEnd || !/^https?:\/\//i.test(uri)) continue;
    links.push({ start: byteStart, end: byteEnd, uri });
  }
  if (links.length === 0) return raw;
  links.sort((a, b) => a.start - b.start);
  const decoder = new TextDecoder();
  let out = '';
  let at = 0;
  for (const link of links) {
    if (link.start < at) continue; // overlapping facets: keep the first
    out += decoder.decode(bytes.slice(at, link.start)) + link.uri;
    at = link.end;
  }
  return out + decoder.decode(bytes.slice(at));
}

/** When search orders a post: its creation time, unless that claims to be later than indexing. */
export function sortAt(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const indexed = typeof item.indexedAt === 'string' ? Date.parse(item.indexedAt) : NaN;
  const created =
    isRecord(item.record) && typeof item.record.createdAt === 'string' ? Date.parse(item.record.createdAt) : NaN;
  const at = Math.min(...[indexed, created].filter((t) => Number.isFinite(t)));
  return Number.isFinite(at) ? new Date(at).toISOString() : undefined;
}

/** One page of searchPosts results as posts and quarantined items; exclusions filtered here. */
export function parsePostViews(
  items: unknown[],
  query: WatchQuery,
): { posts: NormalizedPost[]; quarantined: BadItem[]; filtered: number } {
  const exclusions = query.exclusions.map((e) => e.trim().toLowerCase()).filter(Boolean);
  const posts: NormalizedPost[] = [];
  const quarantined: BadItem[] = [];
  let filtered = 0;
  for (const item of items) {
    const problem = problemWith(item);
    if (problem) {
      const externalId = isRecord(item) && typeof item.uri === 'string' ? item.uri : null;
      quarantined.push({ platform: 'bluesky', externalId, payload: item ?? null, error: problem });
      continue;
    }
    const view = item as Record<string, unknown> & {
      uri: string;
      author: Record<string, unknown> & { did: string; handle: string };
      record: Record<string, unknown> & { text: string; createdAt: string };
    };
    const body = textWithLinks(view.record);
    const lower = body.toLowerCase();
    if (exclusions.some((e) => lower.includes(e))) {
      filtered++;
      continue;
    }
    const rkey = POST_URI.exec(view.uri)![2]!;
    const handle = view.author.handle;
    const profile = handle === 'handle.invalid' ? view.author.did : handle;
    const reply = isRecord(view.record.reply) ? view.record.reply : undefined;
    const langs = Array.isArray(view.record.langs) ? view.record.langs : [];
    const metrics: Record<string, number> = {};
    for (const [key, name] of [
      ['replyCount', 'replies'],
      ['repostCount', 'reposts'],
      ['likeCount', 'likes'],
      ['quoteCount', 'quotes'],
    ] as const) {
      const value = view[key];
      if (typeof value === 'number' && Number.isFinite(value)) metrics[name] = value;
    }
    posts.push({
      platform: 'bluesky',
      externalId: view.uri,
      url: `https://bsky.app/profile/${profile}/post/${rkey}`,
      authorId: view.author.did,
      authorHandle: handle,
      authorName: text(view.author.displayName),
      text: body,
      lang: text(langs[0]),
      postedAt: new Date(view.record.createdAt),
      conversationId: reply && isRecord(reply.root) ? text(reply.root.uri) : null,
      inReplyToId: reply && isRecord(reply.parent) ? text(reply.parent.uri) : null,
      metrics,
      isDemo: false,
    });
  }
  return { posts, quarantined, filtered };
}

/**
 * Search terms for one watch query (as the Sources page shows them, sources/watch-query-translation):
 * Bluesky search has no OR, so each phrase, #hashtag and @handle is its own search.
 */
export function blueskyTerms(query: WatchQuery): string[] {
  const terms = [
    ...query.phrases
      .map((p) => p.trim().replace(/"/g, ''))
      .filter(Boolean)
      .map((p) => (/\s/.test(p) ? `"${p}"` : p)),
    ...query.hashtags
      .map((h) => h.trim().replace(/^#/, ''))
      .filter(Boolean)
      .map((h) => `#${h}`),
    ...query.handles
      .map((h) => h.trim().replace(/^@/, ''))
      .filter(Boolean)
      .map((h) => `"@${h}"`),
  ];
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}
