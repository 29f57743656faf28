import type { WatchQuery } from '../source-connector.js';

/** One thing polled on one instance: a hashtag timeline, or (with a token) a status search. */
export type MastodonStream =
  | { key: string; instance: string; kind: 'tag'; tag: string }
  | { key: string; instance: string; kind: 'search'; q: string };

/**
 * Mastodon has no full-text search without a token, so a watch query is read as hashtags: its own
 * hashtags, plus each phrase run together ("Open University" → #OpenUniversity), which is how the
 * fediverse tags a name. Handles are X handles and mean nothing here.
 */
export function mastodonHashtags(query: WatchQuery): string[] {
  const tags = new Map<string, string>();
  const add = (raw: string) => {
    const tag = raw.replace(/^#/, '').replace(/[^\p{L}\p{N}_]/gu, '');
    if (tag && !tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  };
  query.hashtags.forEach(add);
  query.phrases.forEach(add);
  return [...tags.values()];
}

/** Status search terms (with MASTODON_TOKEN, where the instance offers search): each phrase, quoted. */
export function mastodonSearches(query: WatchQuery): string[] {
  return [...new Set(query.phrases.map((p) => p.trim().replace(/"/g, '')).filter(Boolean))].map((p) =>
    /\s/.test(p) ? `"${p}"` : p,
  );
}

/** Every stream one watch query polls, instance by instance, in a stable order the cursor can index. */
export function mastodonStreams(query: WatchQuery, instances: string[], withSearch: boolean): MastodonStream[] {
  const streams: MastodonStream[] = [];
  for (const instance of instances) {
    for (const tag of mastodonHashtags(query))
      streams.push({ key: `${instance} tag:${tag.toLowerCase()}`, instance, kind: 'tag', tag });
    if (withSearch)
      for (const q of mastodonSearches(query))
        streams.push({ key: `${instance} search:${q.toLowerCase()}`, instance, kind: 'search', q });
  }
  return streams;
}
