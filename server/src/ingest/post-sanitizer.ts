import { safeHttpUrl } from '@ou-listening/shared';
import type { NormalizedPost } from '../sources/source-connector.js';

// C0 controls but tab, newline and carriage return; and NUL, which PostgreSQL text cannot hold.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text PostgreSQL will take: no NUL or other controls, no lone surrogates (made U+FFFD), at most `max` code units. */
export function cleanText(value: string, max = Number.MAX_SAFE_INTEGER): string {
  return value.toWellFormed().replace(CONTROL, '').slice(0, max);
}

function cleanOptional(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = cleanText(value, max).trim();
  return cleaned === '' ? null : cleaned;
}

function cleanUrl(value: unknown): string | null {
  return safeHttpUrl(cleanOptional(value, 2048));
}

/** A JSON-able copy with every string made safe for jsonb (which refuses \u0000 and lone surrogates). */
export function cleanJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null, (_key, v: unknown) => (typeof v === 'string' ? cleanText(v) : v)));
}

export type SanitizedPost = { ok: true; post: NormalizedPost } | { ok: false; error: string };

/**
 * Every text field of a post made storable (issue 12 §8): one post whose author name held U+0000
 * used to fail its whole page on every poll, and the good posts beside it were never stored. What
 * cannot be mended (no id, no date) is refused with a reason, for the quarantine.
 */
export function sanitizePost(post: NormalizedPost): SanitizedPost {
  const platform = cleanOptional(post.platform, 40);
  const externalId = cleanOptional(post.externalId, 200);
  if (!platform || !externalId) return { ok: false, error: 'the post has no usable platform or id' };
  if (!(post.postedAt instanceof Date) || Number.isNaN(post.postedAt.getTime()))
    return { ok: false, error: 'the post has no valid date' };
  const lang = cleanOptional(post.lang, 35);
  const metrics: Record<string, number> = {};
  for (const [key, value] of Object.entries(post.metrics ?? {}))
    if (typeof value === 'number' && Number.isFinite(value)) metrics[cleanText(key, 100)] = value;
  return {
    ok: true,
    post: {
      ...post,
      platform,
      externalId,
      url: cleanUrl(post.url),
      authorId: cleanOptional(post.authorId, 200),
      authorHandle: cleanOptional(post.authorHandle, 200),
      authorName: cleanOptional(post.authorName, 500),
      text: typeof post.text === 'string' ? cleanText(post.text) : '',
      lang: lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : null,
      conversationId: cleanOptional(post.conversationId, 200),
      inReplyToId: cleanOptional(post.inReplyToId, 200),
      metrics,
    },
  };
}
