import type { WatchQuery } from '../source-connector.js';

function term(value: string): string {
  const clean = value.trim().replace(/"/g, '');
  return /^[\p{L}\p{N}_]+$/u.test(clean) ? clean : `"${clean}"`;
}

/**
 * Reddit's `q` for a watch query: any phrase or hashtag (as a plain word), NOT each exclusion.
 * Handles are people on other platforms and mean nothing here. Empty when there is nothing to
 * search for (a query that only watches subreddits).
 */
export function buildRedditQuery(query: WatchQuery): string {
  const anyOf = [
    ...query.phrases.filter((p) => p.trim()).map(term),
    ...query.hashtags.filter((h) => h.trim()).map((h) => term(h.trim().replace(/^#/, ''))),
  ];
  if (anyOf.length === 0) return '';
  const parts = [anyOf.length > 1 ? `(${anyOf.join(' OR ')})` : anyOf[0]!];
  for (const exclusion of query.exclusions.filter((e) => e.trim())) parts.push(`NOT ${term(exclusion)}`);
  return parts.join(' ');
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
