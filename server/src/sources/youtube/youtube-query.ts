import { exclusionTerms, phraseAndHashtagTerms } from '../search-terms.js';
import type { WatchQuery } from '../source-connector.js';

/**
 * search.list's `q`: any phrase or hashtag (YouTube's OR is `|`), minus each exclusion. Handles
 * are people on other platforms. Empty when the query has nothing to search for.
 */
export function buildYoutubeQuery(query: WatchQuery): string {
  const anyOf = phraseAndHashtagTerms(query);
  if (anyOf.length === 0) return '';
  return [anyOf.join('|'), ...exclusionTerms(query).map((t) => `-${t}`)].join(' ');
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
