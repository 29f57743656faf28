import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * A local stand-in for X's GET /2/tweets/search/recent that speaks the same JSON, so the real
 * twitter-api-v2 client is exercised end to end. Tweets have increasing numeric ids; search
 * answers newest first, honours since_id, max_results and next_token, and can be told to
 * misbehave the ways the real API does.
 */
export type FakeXOptions = {
  posts?: number;
  /** answer this many requests with 429 before behaving */
  rateLimited?: number;
  /** seconds from now put in x-rate-limit-reset on a 429 */
  resetInSeconds?: number;
  /** answer this many requests with 500 before behaving */
  failures?: number;
  /** answer this many look-ups (GET /2/tweets) with 503 Service Unavailable before behaving */
  lookupFailures?: number;
  /** wait this long before every answer */
  delayMs?: number;
  /** every Nth tweet lacks its text (N ≥ 1), to be quarantined */
  malformedEvery?: number;
  /** each next page starts this many tweets before where the previous one ended (a repeated page) */
  overlap?: number;
  /** odd bytes as real posts carry them: display names by username, and fields of the tweet at an index */
  authorNames?: Record<string, string>;
  tweetFields?: Record<number, Record<string, unknown>>;
  /** account ids by username, instead of the default 1000 + the author's place */
  authorIds?: Record<string, string>;
  /** tweet ids answered as deleted (Not Found) by GET /2/tweets and left out of search */
  deletedIds?: string[];
};

export type FakeXServer = {
  url: string;
  port: number;
  /** search requests received, with their query parameters */
  requests: URLSearchParams[];
  /** publish more tweets, newer than every existing one */
  addPosts(count: number): void;
  readonly postCount: number;
  /** tweet ids answered as deleted from now on (GET /2/tweets puts them in errors[]) */
  deleteIds(ids: string[]): void;
  /** look-up requests received (GET /2/tweets), with their query parameters */
  lookups: URLSearchParams[];
  /** change the misbehaviour switches while running */
  set(options: Omit<FakeXOptions, 'posts'>): void;
  close(): Promise<void>;
};

const FIRST_ID = 1_890_000_000_000_000_000n;
const AUTHORS = ['ou_learner', 'milton_keynes_mum', 'tm254_night_owl', 'psych_grad_24', 'nursing_notes', 'k101_carer'];
const TEXTS = [
  'Just submitted my TMA for the Open University. Fingers crossed! #OpenUniversity',
  '@OpenUniversity how long does it take to get results back for the EMA?',
  'Graduating from the Open University next month after six years part time.',
  'The Open University forum is buzzing tonight about the new maths module.',
  'Honestly the Open University took a week to answer my email about fees.',
  'Proud of my mum finishing her Open University degree at 58 #OpenUniversity',
];

type Tweet = Record<string, unknown> & { id: string };

function authorIdOf(author: number, authorIds: Record<string, string> | undefined): string {
  return authorIds?.[AUTHORS[author]!] ?? String(1000 + author);
}

function tweetAt(index: number, malformedEvery: number | undefined, authorIds?: Record<string, string>): Tweet {
  const id = (FIRST_ID + BigInt(index) * 7n).toString();
  const author = index % AUTHORS.length;
  const tweet: Tweet = {
    id,
    text: `${TEXTS[index % TEXTS.length]} (${index})`,
    created_at: new Date(Date.UTC(2025, 0, 1) + index * 1_000).toISOString(),
    lang: 'en',
    author_id: authorIdOf(author, authorIds),
    conversation_id: id,
    public_metrics: { retweet_count: index % 3, reply_count: index % 2, like_count: index % 11, quote_count: 0 },
  };
  if (malformedEvery && (index + 1) % malformedEvery === 0) delete tweet.text;
  return tweet;
}

export async function startFakeX(options: FakeXOptions = {}, port = 0): Promise<FakeXServer> {
  let count = options.posts ?? 0;
  const settings: Omit<FakeXOptions, 'posts'> = { ...options };
  const requests: URLSearchParams[] = [];
  const lookups: URLSearchParams[] = [];

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const json = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(json),
      ...headers,
    });
    res.end(json);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake-x');
    if (url.pathname !== '/2/tweets/search/recent' && url.pathname !== '/2/tweets')
      return send(res, 404, { title: 'Not Found', status: 404 });
    if (!/^Bearer \S+/.test(req.headers.authorization ?? ''))
      return send(res, 401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    if (url.pathname === '/2/tweets') return lookUp(res, url);
    requests.push(url.searchParams);
    const reset = Math.floor(Date.now() / 1000) + (settings.resetInSeconds ?? 900);
    const limitHeaders = { 'x-rate-limit-limit': '450', 'x-rate-limit-reset': String(reset) };
    if ((settings.rateLimited ?? 0) > 0) {
      settings.rateLimited! -= 1;
      return send(
        res,
        429,
        { title: 'Too Many Requests', status: 429, detail: 'Too Many Requests' },
        {
          ...limitHeaders,
          'x-rate-limit-remaining': '0',
        },
      );
    }
    if ((settings.failures ?? 0) > 0) {
      settings.failures! -= 1;
      return send(res, 500, { title: 'Internal Server Error', status: 500 });
    }

    const max = Math.min(100, Math.max(10, Number(url.searchParams.get('max_results') ?? 10) || 10));
    const sinceId = url.searchParams.get('since_id');
    const token = url.searchParams.get('next_token');
    // Indexes are newest first: the page starts below the token's index, and stops above since_id.
    const lowest = sinceId ? Number((BigInt(sinceId) - FIRST_ID) / 7n) + 1 : 0;
    let start = token ? Number(token.replace(/^p/, '')) : count - 1;
    if (token) start = Math.min(count - 1, start + (settings.overlap ?? 0));
    const indexes: number[] = [];
    for (let i = start; i >= Math.max(lowest, 0) && indexes.length < max; i--) indexes.push(i);
    const deleted = new Set(settings.deletedIds ?? []);
    const data = indexes
      .map((i) => ({ ...tweetAt(i, settings.malformedEvery, settings.authorIds), ...settings.tweetFields?.[i] }))
      .filter((t) => !deleted.has(t.id));
    const last = indexes.at(-1);
    const more = last !== undefined && last - 1 >= lowest;
    const meta: Record<string, unknown> = { result_count: data.length };
    if (data.length > 0) {
      meta.newest_id = data[0]!.id;
      meta.oldest_id = data.at(-1)!.id;
    }
    if (more) meta.next_token = `p${last - 1}`;
    const authors = new Set(indexes.map((i) => i % AUTHORS.length));
    const body: Record<string, unknown> = { meta };
    if (data.length > 0) {
      body.data = data;
      body.includes = {
        users: [...authors].map((a) => ({
          id: authorIdOf(a, settings.authorIds),
          username: AUTHORS[a],
          name: settings.authorNames?.[AUTHORS[a]!] ?? AUTHORS[a]!.replace(/_/g, ' '),
        })),
      };
    }
    const answer = () => send(res, 200, body, { ...limitHeaders, 'x-rate-limit-remaining': '449' });
    if (settings.delayMs) setTimeout(answer, settings.delayMs);
    else answer();
  };

  // GET /2/tweets?ids=: live tweets in data, deleted or unknown ones in errors[] as X answers them.
  const lookUp = (res: ServerResponse, url: URL) => {
    lookups.push(url.searchParams);
    if ((settings.rateLimited ?? 0) > 0) {
      settings.rateLimited! -= 1;
      const reset = String(Math.floor(Date.now() / 1000) + (settings.resetInSeconds ?? 900));
      return send(res, 429, { title: 'Too Many Requests', status: 429 }, { 'x-rate-limit-reset': reset });
    }
    if ((settings.lookupFailures ?? 0) > 0) {
      settings.lookupFailures! -= 1;
      return send(res, 503, { title: 'Service Unavailable', status: 503, detail: 'Service Unavailable' });
    }
    const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
    if (ids.length === 0 || ids.length > 100)
      return send(res, 400, { title: 'Invalid Request', status: 400, detail: 'ids must name 1 to 100 tweets' });
    const deleted = new Set(settings.deletedIds ?? []);
    const data: Tweet[] = [];
    const errors: Record<string, unknown>[] = [];
    for (const id of ids) {
      const index = /^\d+$/.test(id) ? (BigInt(id) - FIRST_ID) / 7n : -1n;
      const known = index >= 0n && index < BigInt(count) && FIRST_ID + index * 7n === BigInt(id);
      if (known && !deleted.has(id)) data.push(tweetAt(Number(index), undefined, settings.authorIds));
      else
        errors.push({
          value: id,
          detail: `Could not find tweet with ids: [${id}].`,
          title: 'Not Found Error',
          resource_type: 'tweet',
          parameter: 'ids',
          resource_id: id,
          type: 'https://api.twitter.com/2/problems/resource-not-found',
        });
    }
    const body: Record<string, unknown> = {};
    if (data.length > 0) body.data = data;
    if (errors.length > 0) body.errors = errors;
    send(res, 200, body);
  };

  const server: Server = createServer(handle);
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    requests,
    lookups,
    deleteIds: (ids) => (settings.deletedIds = [...(settings.deletedIds ?? []), ...ids]),
    addPosts: (more) => (count += more),
    get postCount() {
      return count;
    },
    set: (changes) => Object.assign(settings, changes),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The external ids the fake has published, for assertions. */
export function fakeXIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (FIRST_ID + BigInt(i) * 7n).toString());
}
