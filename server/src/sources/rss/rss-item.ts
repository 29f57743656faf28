import { createHash } from 'node:crypto';
import type Parser from 'rss-parser';
import { htmlToText } from '../html-text.js';
import { parseFeedDate } from './feed-text.js';
import type { BadItem, NormalizedPost } from '../source-connector.js';

export type RssItem = { kind: 'post'; post: NormalizedPost } | { kind: 'bad'; item: BadItem };

// mentions.external_id holds at most 200 characters; longer guids (some are whole URLs) are hashed.
const MAX_ID = 200;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : null;
}

/**
 * Google Alerts (and Google News) link every entry through a redirect,
 * https://www.google.com/url?rct=j&sa=t&url=<article>&ct=ga&…: the mention links to the article
 * itself. Any other link is returned as it is.
 */
export function unwrapGoogleRedirect(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  const google = /^(www\.)?google\.[a-z.]+$/.test(url.hostname);
  const target = url.searchParams.get('url') ?? url.searchParams.get('q');
  if (!google || url.pathname !== '/url' || !target || !/^https?:\/\//i.test(target)) return link;
  return target;
}

function externalIdOf(id: string): string {
  return id.length <= MAX_ID ? id : `sha256:${createHash('sha256').update(id).digest('hex')}`;
}

/**
 * A feed item as a mention: its title and summary (HTML made text) as the text, its guid (RSS) or
 * id (Atom), else its link, as the id that dedupes it. An item with no id and no link cannot be
 * deduplicated, and one with neither title nor summary says nothing: both are quarantined.
 * Items without a date, or with one no parser reads, are dated when they were first fetched.
 */
export function parseFeedItem(
  item: Parser.Item & { id?: unknown; author?: unknown },
  feedUrl: string,
  fetchedAt: Date,
): RssItem {
  const link = text(item.link);
  const id = text(item.guid) ?? text(item.id) ?? link;
  // A relative link is read against the feed's address; with no link, a guid that is a web address
  // (RSS's isPermaLink) is the item's page.
  const guid = text(item.guid);
  const page = absoluteHttpUrl(link ?? (guid && /^https?:\/\//i.test(guid) ? guid : null), feedUrl);
  const bad = (error: string): RssItem => ({
    kind: 'bad',
    item: { platform: 'rss', externalId: id ? externalIdOf(id) : null, payload: { feed: feedUrl, item }, error },
  });
  if (!id) return bad('missing guid, id and link');
  const title = text(item.title) ? htmlToText(item.title!) : '';
  const summaryHtml = text(item.summary) ?? text(item.content) ?? text(item.contentSnippet) ?? '';
  const summary = summaryHtml ? htmlToText(summaryHtml) : '';
  if (!title && !summary) return bad('missing title and summary');
  const rawDate = text(item.isoDate) ?? text(item.pubDate);
  // A date no parser reads is no reason to lose the item: it is dated when first fetched, as one
  // without a date is.
  const postedAt = (rawDate ? parseFeedDate(rawDate) : undefined) ?? fetchedAt;
  const author = text(item.creator) ?? text(item.author);
  return {
    kind: 'post',
    post: {
      platform: 'rss',
      externalId: externalIdOf(id),
      url: page ? unwrapGoogleRedirect(page) : null,
      authorId: null,
      authorHandle: null,
      authorName: author,
      text: title && summary && summary !== title ? `${title}\n\n${summary}` : title || summary,
      lang: null,
      postedAt,
      conversationId: null,
      inReplyToId: null,
      metrics: {},
      isDemo: false,
    },
  };
}

/** An http(s) address, a relative one resolved against the feed's; undefined for anything else. */
function absoluteHttpUrl(value: string | null | undefined, feedUrl: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, feedUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
