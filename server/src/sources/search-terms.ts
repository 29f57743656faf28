import type { WatchQuery } from './source-connector.js';

/**
 * A term as the platforms' keyword searches take it: a bare word as it is; anything with spaces or
 * operators quoted, its own quotes dropped.
 */
export function searchTerm(value: string): string {
  const clean = value.trim().replace(/"/g, '');
  return /^[\p{L}\p{N}_]+$/u.test(clean) ? clean : `"${clean}"`;
}

/** The query's phrases as search terms, blanks left out. */
export function phraseTerms(query: WatchQuery): string[] {
  return query.phrases.filter((p) => p.trim()).map(searchTerm);
}

/** The query's phrases, then its hashtags as plain words (without the #), for searches with no hashtag operator. */
export function phraseAndHashtagTerms(query: WatchQuery): string[] {
  return [
    ...phraseTerms(query),
    ...query.hashtags.filter((h) => h.trim()).map((h) => searchTerm(h.trim().replace(/^#/, ''))),
  ];
}

/** The query's exclusions as search terms, blanks left out; each platform adds its own NOT. */
export function exclusionTerms(query: WatchQuery): string[] {
  return query.exclusions.filter((e) => e.trim()).map(searchTerm);
}

/** Any of the terms, `(a OR b)`; one term alone; empty for none. */
export function anyOfTerms(terms: string[]): string {
  return terms.length > 1 ? `(${terms.join(' OR ')})` : (terms[0] ?? '');
}
