import { anyOfTerms, exclusionTerms, phraseAndHashtagTerms } from '../search-terms.js';
import type { WatchQuery } from '../source-connector.js';

/**
 * Reddit's `q` for a watch query: any phrase or hashtag (as a plain word), NOT each exclusion.
 * Handles are people on other platforms and mean nothing here. Empty when there is nothing to
 * search for (a query that only watches subreddits).
 */
export function buildRedditQuery(query: WatchQuery): string {
  const anyOf = phraseAndHashtagTerms(query);
  if (anyOf.length === 0) return '';
  return [anyOfTerms(anyOf), ...exclusionTerms(query).map((t) => `NOT ${t}`)].join(' ');
}

/** The subreddits a query reads whole: REDDIT_SUBREDDITS and the query's own, each once. */
export function watchedSubreddits(query: WatchQuery, configured: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of [...configured, ...(query.subreddits ?? [])]) {
    const name = raw.trim().replace(/^\/?r\//, '');
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}
