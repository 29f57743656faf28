import type { WatchQuery } from '../source-connector.js';

/** X search operators treat a bare word as a term; anything with spaces or operators is quoted. */
function term(value: string): string {
  const clean = value.trim().replace(/"/g, '');
  return /^[\p{L}\p{N}_]+$/u.test(clean) ? clean : `"${clean}"`;
}

/**
 * The recent-search query for a watch query: any phrase, @handle or #hashtag, minus the
 * exclusions, without retweets unless asked, in one language when set.
 */
export function buildXQuery(query: WatchQuery): string {
  const anyOf = [
    ...query.phrases.filter((p) => p.trim()).map(term),
    ...query.handles.filter((h) => h.trim()).map((h) => `@${h.trim().replace(/^@/, '')}`),
    ...query.hashtags.filter((h) => h.trim()).map((h) => `#${h.trim().replace(/^#/, '')}`),
  ];
  const parts = [anyOf.length > 1 ? `(${anyOf.join(' OR ')})` : (anyOf[0] ?? '')];
  for (const exclusion of query.exclusions.filter((e) => e.trim())) parts.push(`-${term(exclusion)}`);
  if (!query.includeReposts) parts.push('-is:retweet');
  if (query.language) parts.push(`lang:${query.language}`);
  return parts.filter(Boolean).join(' ');
}
