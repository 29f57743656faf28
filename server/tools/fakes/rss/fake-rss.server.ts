import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerAfterDelay, type Faults, listen, spend } from '../fake-http.js';

/**
 * A local web server with the feeds the RSS connector reads, as the real ones are written:
 * /news.rss (RSS 2.0, a news search), /alerts.atom (a Google Alerts Atom feed, each link wrapped in
 * https://www.google.com/url?…&url=<article>) and /broken.xml (not well-formed). Each carries an
 * ETag and Last-Modified and answers If-None-Match / If-Modified-Since with 304 while unchanged.
 * Three fixed feeds as the wider web writes them: /odd.atom (dates with a zone name, padding, or
 * none a parser reads), /latin1.rss (ISO-8859-1 bytes) and /down.rss (always 503).
 */
export type FakeRssOptions = Faults & {
  /** items in each feed (the newest `window` are listed) */
  posts?: number;
  /** how many items a feed lists, newest first */
  window?: number;
  /** every Nth item has neither guid/id nor link, to be quarantined */
  malformedEvery?: number;
};

export type FakeRssRequest = {
  path: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  status: number;
};

export type FakeRssServer = {
  url: string;
  port: number;
  /** feed URLs */
  readonly feeds: { news: string; alerts: string; broken: string; odd: string; latin1: string; down: string };
  requests: FakeRssRequest[];
  addPosts(count: number): void;
  readonly postCount: number;
  set(options: Omit<FakeRssOptions, 'posts'>): void;
  close(): Promise<void>;
};

const START = Date.UTC(2025, 0, 1);
const HEADLINES = [
  'Open University launches free course on climate science',
  'Open University graduates celebrate in Milton Keynes',
  'Funding cuts hit part-time learners, Open University warns',
  'Open University research: sleep and learning in adults',
];

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The article each item links to (after Google's redirect is unwrapped). /news.rss?edition=N is
 * another news feed with items of its own, for tests that need many feeds.
 */
export function fakeRssArticleUrl(feed: 'news' | 'alerts', index: number, edition = ''): string {
  return `https://news.example.co.uk/${feed}${edition}/${index}/open-university-story`;
}
/** The id that dedupes an item: the RSS guid, or the Atom id. */
export function fakeRssItemId(feed: 'news' | 'alerts', index: number, edition = ''): string {
  return feed === 'news'
    ? `https://news.example.co.uk/news${edition}/${index}`
    : `tag:google.com,2013:googlealerts/feed:${9_000_000_000 + index}`;
}

function rssItem(index: number, malformed: boolean, edition: string): string {
  const date = new Date(START + index * 600_000).toUTCString();
  const identity = malformed
    ? ''
    : `<link>${fakeRssArticleUrl('news', index, edition)}</link><guid isPermaLink="false">${fakeRssItemId('news', index, edition)}</guid>`;
  return `<item><title>${escapeXml(`${HEADLINES[index % HEADLINES.length]} (${index})`)}</title>${identity}
<description>${escapeXml(`<p>The <b>Open University</b> said on Tuesday&nbsp;that item ${index} matters.</p>`)}</description>
<pubDate>${date}</pubDate><dc:creator>Staff reporter</dc:creator></item>`;
}

function atomEntry(index: number, malformed: boolean): string {
  const date = new Date(START + index * 600_000).toISOString();
  const redirect = `https://www.google.com/url?rct=j&sa=t&url=${encodeURIComponent(fakeRssArticleUrl('alerts', index))}&ct=ga&cd=CAIyGjA&usg=AOvVaw${index}`;
  const identity = malformed ? '' : `<id>${fakeRssItemId('alerts', index)}</id><link href="${escapeXml(redirect)}"/>`;
  const title = `The <b>Open University</b> ${HEADLINES[index % HEADLINES.length]!.replace(/^Open University /, '')} (${index})`;
  return `<entry>${identity}<title type="html">${escapeXml(title)}</title>
<published>${date}</published><updated>${date}</updated>
<content type="html">${escapeXml(`Students at the <b>Open University</b> &amp; staff react to story ${index} ...`)}</content>
<author><name></name></author></entry>`;
}

/** An Atom feed whose entries' dates are written four ways: ISO, padded, with a zone name, unreadable. */
export const ODD_ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>tag:odd.example,2026:feed</id><title>Odd dates</title>
<updated>2026-11-30T09:00:00Z</updated>
<entry><id>tag:odd.example,2026:1</id><title>Open University opens a new library wing</title><published>2026-11-30T09:00:00Z</published></entry>
<entry><id>tag:odd.example,2026:2</id><title>Open University tutors vote on pay offer</title><published>
    2026-11-29T08:00:00Z
  </published></entry>
<entry><id>tag:odd.example,2026:3</id><title>Open University degree show in Milton Keynes</title><updated>Sat, 28 Nov 2026 10:00:00 BST</updated></entry>
<entry><id>tag:odd.example,2026:4</id><title>Open University appoints a new chancellor</title><published>yesterday</published></entry>
</feed>`;

/** An RSS 2.0 feed in ISO-8859-1, declared in both the header and the XML declaration. */
export const LATIN1_TITLE = 'Università: Open University café talks in Cardiff';
const LATIN1_RSS = `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Newyddion</title><link>https://latin1.example/</link><description>n</description>
<item><title>${LATIN1_TITLE}</title><guid>https://latin1.example/1</guid><pubDate>Sun, 29 Nov 2026 12:00:00 GMT</pubDate></item>
</channel></rss>`;

export async function startFakeRss(options: FakeRssOptions = {}, port = 0): Promise<FakeRssServer> {
  let count = options.posts ?? 0;
  let version = 1;
  const settings: Omit<FakeRssOptions, 'posts'> = { ...options };
  const requests: FakeRssRequest[] = [];
  const modifiedAt = new Map<number, string>([[1, new Date(START).toUTCString()]]);

  const feedBody = (name: 'news' | 'alerts', edition: string): string => {
    const newest = count - 1;
    const oldest = Math.max(0, count - (settings.window ?? 100));
    const indexes: number[] = [];
    for (let i = newest; i >= oldest; i--) indexes.push(i);
    const malformed = (i: number) => Boolean(settings.malformedEvery && (i + 1) % settings.malformedEvery === 0);
    if (name === 'news')
      return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>"Open University" - News search</title><link>https://news.example.co.uk/search?q=open+university</link>
<description>News about the Open University</description>
${indexes.map((i) => rssItem(i, malformed(i), edition)).join('\n')}
</channel></rss>`;
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:idx="urn:atom-extension:indexing">
<id>tag:google.com,2005:reader/user/06807031914929345698/state/com.google/alerts/10604166159629661594</id>
<title>Google Alert - "Open University"</title>
<link href="https://www.google.com/alerts/feeds/06807031914929345698/10604166159629661594" rel="self"/>
<updated>${new Date(START + Math.max(0, count - 1) * 600_000).toISOString()}</updated>
${indexes.map((i) => atomEntry(i, malformed(i))).join('\n')}
</feed>`;
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const requested = new URL(req.url ?? '/', 'http://fake-rss');
    const path = requested.pathname + requested.search;
    const edition = requested.searchParams.get('edition') ?? '';
    const ifNoneMatch = req.headers['if-none-match'] ?? null;
    const ifModifiedSince = req.headers['if-modified-since'] ?? null;
    const answer = (status: number, body: string, headers: Record<string, string> = {}) => {
      requests.push({ path, ifNoneMatch, ifModifiedSince, status });
      const reply = () => {
        res.writeHead(status, { 'content-length': Buffer.byteLength(body), ...headers });
        res.end(body);
      };
      answerAfterDelay(settings, reply);
    };
    if (spend(settings, 'rateLimited')) {
      return answer(429, 'Too Many Requests', { 'retry-after': String(settings.resetInSeconds ?? 60) });
    }
    if (spend(settings, 'failures')) {
      return answer(503, 'Service Unavailable');
    }
    if (requested.pathname === '/down.rss') return answer(503, '<html><body>Service Unavailable</body></html>');
    if (requested.pathname === '/odd.atom') return answer(200, ODD_ATOM, { 'content-type': 'application/atom+xml' });
    if (requested.pathname === '/latin1.rss') {
      const bytes = Buffer.from(LATIN1_RSS, 'latin1');
      requests.push({ path, ifNoneMatch, ifModifiedSince, status: 200 });
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=ISO-8859-1', 'content-length': bytes.length });
      return res.end(bytes);
    }
    if (requested.pathname === '/broken.xml')
      return answer(200, '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item></channel>', {
        'content-type': 'application/rss+xml',
      });
    const name =
      requested.pathname === '/news.rss' ? 'news' : requested.pathname === '/alerts.atom' ? 'alerts' : undefined;
    if (!name) return answer(404, 'Not Found');
    const etag = `"${name}${edition}-${version}-${settings.malformedEvery ?? 0}"`;
    const lastModified = modifiedAt.get(version)!;
    const validators = { etag, 'last-modified': lastModified };
    if (ifNoneMatch === etag || (!ifNoneMatch && ifModifiedSince === lastModified)) return answer(304, '', validators);
    answer(200, feedBody(name, edition), {
      ...validators,
      'content-type': name === 'news' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8',
    });
  };

  const listening = await listen(handle, port);
  const url = listening.url;
  return {
    url,
    port: listening.port,
    feeds: {
      news: `${url}/news.rss`,
      alerts: `${url}/alerts.atom`,
      broken: `${url}/broken.xml`,
      odd: `${url}/odd.atom`,
      latin1: `${url}/latin1.rss`,
      down: `${url}/down.rss`,
    },
    requests,
    addPosts: (more) => {
      count += more;
      version += 1;
      modifiedAt.set(version, new Date(START + version * 86_400_000).toUTCString());
    },
    get postCount() {
      return count;
    },
    set: (changes) => Object.assign(settings, changes),
    close: listening.close,
  };
}
