import type { WatchQuery } from '../source-connector.js';

function term(value: string): string {
  const clean = value.trim().replace(/"/g, '');
  return /^[\p{L}\p{N}_]+$/u.test(clean) ? clean : `"${clean}"`;
}

/**
 * search.list's `q`: any phrase or hashtag (YouTube's OR is `|`), minus each exclusion. Handles
 * are people on other platforms. Empty when the query has nothing to search for.
 */
export function buildYoutubeQuery(query: WatchQuery): string {
  const anyOf = [
    ...query.phrases.filter((p) => p.trim()).map(term),
    ...query.hashtags.filter((h) => h.trim()).map((h) => term(h.trim().replace(/^#/, ''))),
  ];
  if (anyOf.length === 0) return '';
  const parts = [anyOf.join('|')];
  for (const exclusion of query.exclusions.filter((e) => e.trim())) parts.push(`-${term(exclusion)}`);
  return parts.join(' ');
}

/**
 * commentThreads.list's `searchTerms` on a matching video: the query's first phrase (else its
 * first hashtag). The API matches all the words it is given, so joining every phrase would find
 * almost nothing; undefined means every comment on the video.
 */
export function commentSearchTerms(query: WatchQuery): string | undefined {
  const first = query.phrases.find((p) => p.trim()) ?? query.hashtags.find((h) => h.trim())?.replace(/^#/, '');
  return first?.trim() || undefined;
}
