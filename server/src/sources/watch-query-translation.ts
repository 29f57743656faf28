import { SEARCHED_PLATFORMS, type SearchedPlatform, type WatchQueryTranslation } from '@ou-listening/shared';
import type { WatchQuery } from './source-connector.js';
import { blueskyTerms } from './bluesky/bluesky-post.js';
import { mastodonHashtags, mastodonSearches } from './mastodon/mastodon-streams.js';
import { buildRedditQuery } from './reddit/reddit-query.js';
import { buildXQuery } from './x/x-query.js';
import { buildYoutubeQuery, commentSearchTerms } from './youtube/youtube-query.js';

/** X recent search refuses a longer query on the self-serve tiers (PLATFORMS.md). */
export const X_QUERY_MAX = 512;
/** Reddit's search ignores the rest of a longer q. */
export const REDDIT_QUERY_MAX = 512;

type Terms = Pick<
  WatchQuery,
  'phrases' | 'handles' | 'hashtags' | 'exclusions' | 'language' | 'includeReposts' | 'subreddits' | 'feeds'
>;

const asQuery = (terms: Terms): WatchQuery => ({ id: '', name: '', ...terms });

function x(query: Terms): WatchQueryTranslation {
  const built = buildXQuery(asQuery(query));
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
  const lang = query.language ? ` (lang=${query.language})` : '';
  return {
    platform: 'bluesky',
    searches: blueskyTerms(asQuery(query)).map((q) => `${q}${lang}`),
    note: query.exclusions.length > 0 ? 'Exclusions are applied to the posts after they are fetched.' : null,
    problem: null,
  };
}

/** Mastodon is read by hashtag timeline; each phrase also as the hashtag people would write for it. */
function mastodon(query: Terms): WatchQueryTranslation {
  const searches = mastodonSearches(asQuery(query));
  return {
    platform: 'mastodon',
    searches: [
      ...mastodonHashtags(asQuery(query)).map((tag) => `#${tag}`),
      ...searches.map((q) => `search ${q} (with MASTODON_TOKEN)`),
    ],
    note: 'Hashtag timelines on each MASTODON_URL instance; phrase searches need MASTODON_TOKEN and an instance that offers search. Exclusions are applied after fetching.',
    problem: null,
  };
}

/** Reddit search takes OR and NOT; whole subreddits (and REDDIT_SUBREDDITS) are read from their newest posts. */
function reddit(query: Terms): WatchQueryTranslation {
  const q = buildRedditQuery(asQuery(query));
  return {
    platform: 'reddit',
    searches: [...(q ? [`search: ${q}`] : []), ...query.subreddits.map((s) => `r/${s}/new`)],
    note: query.handles.length > 0 ? 'Handles are not searched on Reddit.' : null,
    problem:
      q.length > REDDIT_QUERY_MAX
        ? `The Reddit search would be ${q.length} characters; Reddit reads at most ${REDDIT_QUERY_MAX}.`
        : null,
  };
}

/** YouTube's q takes | for OR and - for NOT; matching videos' comments are then searched for one term. */
function youtube(query: Terms): WatchQueryTranslation {
  const q = buildYoutubeQuery(asQuery(query));
  const comments = commentSearchTerms(asQuery(query));
  return {
    platform: 'youtube',
    searches: q ? [`videos: ${q}`, ...(comments ? [`comments on them: ${comments}`] : [])] : [],
    note: 'Each video search costs 100 of the 10,000 daily units; each page of comments 1.',
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
