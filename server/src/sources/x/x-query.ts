import { anyOfTerms, exclusionTerms, phraseTerms } from '../search-terms.js';
import type { WatchQuery } from '../source-connector.js';

/**
 * The recent-search query for a watch query: any phrase, @handle or #hashtag, minus the
 * exclusions, without retweets unless asked, in one language when set.
 */
export function buildXQuery(query: WatchQuery): string {
  const anyOf = [
    ...phraseTerms(query),
    ...query.handles.filter((h) => h.trim()).map((h) => `@${h.trim().replace(/^@/, '')}`),
    ...query.hashtags.filter((h) => h.trim()).map((h) => `#${h.trim().replace(/^#/, '')}`),
  ];
  const parts = [anyOfTerms(anyOf), ...exclusionTerms(query).map((t) => `-${t}`)];
  if (!query.includeReposts) parts.push('-is:retweet');
  if (query.language) parts.push(`lang:${query.language}`);
  return parts.filter(Boolean).join(' ');
}
