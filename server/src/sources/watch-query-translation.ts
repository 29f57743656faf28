import { SEARCHED_PLATFORMS, type SearchedPlatform, type WatchQueryTranslation } from '@ou-listening/shared';
import type { WatchQuery } from './source-connector.js';
import { buildXQuery } from './x/x-query.js';

/** X recent search refuses a longer query on the self-serve tiers (PLATFORMS.md). */
export const X_QUERY_MAX = 512;
/** Reddit's search ignores the rest of a longer q. */
export const REDDIT_QUERY_MAX = 512;

type Terms = Pick<
  WatchQuery,
  'phrases' | 'handles' | 'hashtags' | 'exclusions' | 'language' | 'includeReposts' | 'subreddits' | 'feeds'
>;

const quoted = (value: string) => (/^[\p{L}\p{N}_]+$/u.test(value) ? value : `"${value}"`);
const tagOf = (phrase: string) => phrase.replace(/[^\p{L}\p{N}_]/gu, '');

function x(query: Terms): WatchQueryTranslation {
  const built = buildXQuery({ id: '', name: '', ...query });
  return {
    platform: 'x',
    searches: [built],
    note: null,
    problem:
      built.length > X_QUERY_MAX
        ? `The X query would be ${built.length} characters; X accepts at most ${X_QUERY_MAX}. Use fewer or shorter terms.`
        : null,
  };
}

/** Bluesky's search has no OR: one latest-first search per term, in the query's language. */
function bluesky(query: Terms): WatchQueryTranslation {
  const lang = query.language ? ` lang:${query.language}` : '';
  const searches = [
    ...query.phrases.map(quoted),
    ...query.hashtags.map((h) => `#${h}`),
    ...query.handles.map((h) => `"@${h}"`),
  ].map((q) => `${q}${lang}`);
  return {
    platform: 'bluesky',
    searches,
    note: query.exclusions.length > 0 ? 'Exclusions are applied to the posts after they are fetched.' : null,
    problem: null,
  };
}

/** Mastodon is read by hashtag timeline; each phrase also as the hashtag people would write for it. */
function mastodon(query: Terms): WatchQueryTranslation {
  const tags = new Map<string, string>();
  for (const tag of [...query.hashtags, ...query.phrases.map(tagOf)].filter(Boolean))
    if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  const searches = [...tags.values()].map((tag) => `#${tag}`);
  return {
    platform: 'mastodon',
    searches,
    note: 'Hashtag timelines on each MASTODON_URL instance; with MASTODON_TOKEN, phrases are also searched where the instance offers search. Exclusions are applied after fetching.',
    problem: null,
  };
}

/** Reddit search takes OR and NOT; whole subreddits are read from their newest posts. */
function reddit(query: Terms): WatchQueryTranslation {
  const anyOf = [...query.phrases.map(quoted), ...query.hashtags.map(quoted)];
  const parts = anyOf.length > 1 ? [`(${anyOf.join(' OR ')})`] : anyOf;
  for (const exclusion of query.exclusions) parts.push(`NOT ${quoted(exclusion)}`);
  const q = parts.join(' ');
  const searches = [...(q ? [`search: ${q}`] : []), ...query.subreddits.map((s) => `r/${s}/new`)];
  return {
    platform: 'reddit',
    searches,
    note: query.handles.length > 0 ? 'Handles are not searched on Reddit.' : null,
    problem:
      q.length > REDDIT_QUERY_MAX
        ? `The Reddit search would be ${q.length} characters; Reddit reads at most ${REDDIT_QUERY_MAX}.`
        : null,
  };
}

/** YouTube's q takes | for OR and - for NOT; matching videos' comments are then read. */
function youtube(query: Terms): WatchQueryTranslation {
  const q = [
    [...query.phrases.map(quoted), ...query.hashtags.map((h) => `#${h}`)].join('|'),
    ...query.exclusions.map((e) => `-${quoted(e)}`),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    platform: 'youtube',
    searches: q ? [`videos: ${q}${query.language ? ` (relevanceLanguage=${query.language})` : ''}`] : [],
    note: 'Comments on the matching videos are read too; each search costs 100 of the 10,000 daily units.',
    problem: null,
  };
}

function rss(query: Terms): WatchQueryTranslation {
  return {
    platform: 'rss',
    searches: query.feeds,
    note:
      query.feeds.length === 0
        ? 'No feed URLs: only the feeds in RSS_FEEDS are read. Add a news search or Google Alerts feed here.'
        : 'Read beside the feeds in RSS_FEEDS; items matching an exclusion are dropped.',
    problem: null,
  };
}

const TRANSLATORS: Record<SearchedPlatform, (query: Terms) => WatchQueryTranslation> = {
  x,
  bluesky,
  mastodon,
  reddit,
  youtube,
  rss,
};

/** What each platform is asked for a watch query, or why it would refuse it. Pure: the preview and the save share it. */
export function translateWatchQuery(query: Terms): WatchQueryTranslation[] {
  return SEARCHED_PLATFORMS.map((platform) => TRANSLATORS[platform](query));
}
