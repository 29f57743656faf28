import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerAfterDelay, type Faults, listen, readBody, sendJson, spend } from '../fake-http.js';
import samples from './samples.json';

/**
 * A local stand-in for X's GET /2/tweets/search/recent that speaks the same JSON, so the real
 * twitter-api-v2 client is exercised end to end. Tweets have increasing numeric ids; search
 * answers newest first, honours since_id, max_results and next_token, and can be told to
 * misbehave the ways the real API does.
 *
 * It also plays @OpenUniversity's own account (issue 16): its recent posts (GET /2/users/:id/tweets),
 * the replies in its conversations (search/recent with conversation_id: and in_reply_to_tweet_id:
 * queries), and what a user-context OAuth 2.0 token may do there: hide a reply
 * (PUT /2/tweets/:id/hidden, only in the account's own conversations), post a reply (POST /2/tweets),
 * and refresh the token (POST /2/oauth2/token, which rotates the refresh token as X does). It
 * records what was hidden and replied so tests assert on X's side.
 */
/** Faults: a 429 carries resetInSeconds in x-rate-limit-reset; a failure is a 500. */
export type FakeXOptions = Faults & {
  posts?: number;
  /** answer this many look-ups (GET /2/tweets) with 503 Service Unavailable before behaving */
  lookupFailures?: number;
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
  /** carry out this many POST /2/tweets and then drop the connection unanswered (an answer lost) */
  dropAnswers?: number;
  /** answer this many user-context writes (hide, reply) with 503 */
  failWrites?: number;
  /** a search's since_id below this id is refused (400), as X refuses one older than its 7-day window */
  sinceIdFloor?: string;
  /** answer this many searches 200 with a proxy's HTML page instead of JSON */
  htmlAnswers?: number;
};

/** @OpenUniversity as the fake plays it, with the OAuth 2.0 client and tokens that act for it. */
export const FAKE_X_OWN = {
  userId: '14183380',
  username: 'OpenUniversity',
  clientId: 'fake-x-client-id',
  accessToken: 'fake-user-token-0',
  refreshToken: 'fake-refresh-0',
} as const;

export type FakeXConversationTweet = {
  id: string;
  conversationId: string;
  authorId: string;
  username: string;
  text: string;
  createdAt: string;
  inReplyTo: string | null;
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
  /** a post by @OpenUniversity, starting a conversation; returns its id */
  addOwnPost(text: string): string;
  /** a reply by someone else in a conversation (ours or not); returns its id */
  addReply(reply: {
    conversationId: string;
    inReplyTo?: string;
    authorId?: string;
    username?: string;
    text: string;
  }): string;
  /** hidden on X, as X now says */
  isHidden(tweetId: string): boolean;
  /** every PUT /2/tweets/:id/hidden, as sent */
  readonly hideCalls: { id: string; hidden: unknown }[];
  /** replies posted with the user token, oldest first */
  readonly postedReplies: { id: string; inReplyTo: string; text: string }[];
  /** the user access token stops working (as when it expires after two hours) */
  expireUserToken(): void;
  /** refresh-token grants answered */
  readonly refreshes: number;
  close(): Promise<void>;
};

const FIRST_ID = 1_890_000_000_000_000_000n;
const { authors: AUTHORS, texts: TEXTS } = samples;

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

  // X answers plain application/json, without a charset.
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    sendJson(res, status, body, { 'content-type': 'application/json', ...headers });

  // @OpenUniversity's side.
  const conversation: FakeXConversationTweet[] = [];
  const hidden = new Map<string, boolean>();
  const hideCalls: { id: string; hidden: unknown }[] = [];
  const postedReplies: { id: string; inReplyTo: string; text: string }[] = [];
  const userTokens = new Set<string>([FAKE_X_OWN.accessToken]);
  let refreshToken: string = FAKE_X_OWN.refreshToken;
  let refreshes = 0;
  let sequence = 0n;
  const OWN_FIRST_ID = 1_900_000_000_000_000_000n;
  const nextOwnId = () => (OWN_FIRST_ID + ++sequence * 11n).toString();
  const unauthorized = (res: ServerResponse) =>
    send(res, 401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
  const bearerOf = (req: IncomingMessage) => /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
  const asTweet = (t: FakeXConversationTweet) => ({
    id: t.id,
    text: t.text,
    created_at: t.createdAt,
    lang: 'en',
    author_id: t.authorId,
    conversation_id: t.conversationId,
    ...(t.inReplyTo ? { referenced_tweets: [{ type: 'replied_to', id: t.inReplyTo }] } : {}),
    public_metrics: { retweet_count: 0, reply_count: 0, like_count: 0, quote_count: 0 },
  });

  /** The user-context endpoints and the conversation searches; false when the request is not one. */
  const own = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const method = req.method ?? 'GET';
    if (method === 'POST' && url.pathname === '/2/oauth2/token') {
      const raw = await readBody(req);
      const form = raw.trim().startsWith('{')
        ? new URLSearchParams(JSON.parse(raw) as Record<string, string>)
        : new URLSearchParams(raw);
      if (form.get('client_id') !== FAKE_X_OWN.clientId)
        send(res, 401, { error: 'invalid_client', error_description: 'Missing valid authorization header' });
      else if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== refreshToken)
        send(res, 400, { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' });
      else {
        refreshes += 1;
        const accessToken = `fake-user-token-${refreshes}`;
        userTokens.add(accessToken);
        refreshToken = `fake-refresh-${refreshes}`;
        send(res, 200, {
          token_type: 'bearer',
          expires_in: 7200,
          access_token: accessToken,
          scope: 'tweet.read users.read tweet.write tweet.moderate.write offline.access',
          refresh_token: refreshToken,
        });
      }
      return true;
    }
    const hide = /^\/2\/tweets\/(\d+)\/hidden$/.exec(url.pathname);
    const timeline = /^\/2\/users\/(\d+)\/tweets$/.exec(url.pathname);
    const query = url.pathname === '/2/tweets/search/recent' ? (url.searchParams.get('query') ?? '') : '';
    const conversationSearch = /conversation_id:|in_reply_to_tweet_id:/.test(query);
    const postTweet = method === 'POST' && url.pathname === '/2/tweets';
    if (!hide && !timeline && !conversationSearch && !postTweet) return false;
    const bearer = bearerOf(req);
    if (!bearer) return (unauthorized(res), true);
    const userContext = userTokens.has(bearer);
    if ((hide || postTweet) && !userContext) {
      if (/^fake-user-token-/.test(bearer)) return (unauthorized(res), true);
      send(res, 403, {
        title: 'Unsupported Authentication',
        detail: 'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.',
        type: 'https://api.twitter.com/2/problems/unsupported-authentication',
        status: 403,
      });
      return true;
    }
    if ((hide || postTweet) && spend(settings, 'failWrites')) {
      send(res, 503, { title: 'Service Unavailable', status: 503 });
      return true;
    }
    if (hide) {
      const body = JSON.parse((await readBody(req)) || '{}') as { hidden?: unknown };
      const id = hide[1]!;
      hideCalls.push({ id, hidden: body.hidden });
      const tweet = conversation.find((t) => t.id === id);
      if (typeof body.hidden !== 'boolean') send(res, 400, { title: 'Invalid Request', status: 400 });
      else if (!tweet || !tweet.inReplyTo) send(res, 404, { title: 'Not Found Error', status: 404 });
      else if (!conversation.some((t) => t.id === tweet.conversationId && t.authorId === FAKE_X_OWN.userId))
        send(res, 403, {
          title: 'Forbidden',
          status: 403,
          detail: 'You can only hide or unhide replies to conversations you authored.',
        });
      else {
        hidden.set(id, body.hidden);
        send(res, 200, { data: { hidden: body.hidden } });
      }
      return true;
    }
    if (postTweet) {
      const body = JSON.parse((await readBody(req)) || '{}') as {
        text?: unknown;
        reply?: { in_reply_to_tweet_id?: unknown };
      };
      const to = body.reply?.in_reply_to_tweet_id;
      const parent = conversation.find((t) => t.id === to);
      if (typeof body.text !== 'string' || body.text.trim() === '')
        send(res, 400, { title: 'Invalid Request', status: 400, detail: 'text is required' });
      else if (!parent) send(res, 400, { title: 'Invalid Request', status: 400, detail: 'reply target not found' });
      else {
        const id = nextOwnId();
        conversation.push({
          id,
          conversationId: parent.conversationId,
          authorId: FAKE_X_OWN.userId,
          username: FAKE_X_OWN.username,
          text: body.text,
          createdAt: new Date().toISOString(),
          inReplyTo: parent.id,
        });
        postedReplies.push({ id, inReplyTo: parent.id, text: body.text });
        if (spend(settings, 'dropAnswers')) {
          req.socket.destroy();
          return true;
        }
        send(res, 201, { data: { id, text: body.text, edit_history_tweet_ids: [id] } });
      }
      return true;
    }
    if (timeline) {
      const posts = conversation
        .filter((t) => t.authorId === timeline[1] && !t.inReplyTo)
        .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
        .slice(0, Number(url.searchParams.get('max_results') ?? 10) || 10)
        .map(asTweet);
      send(
        res,
        200,
        posts.length ? { data: posts, meta: { result_count: posts.length } } : { meta: { result_count: 0 } },
      );
      return true;
    }
    // search/recent in conversations: conversation_id:, in_reply_to_tweet_id:, from:, -from:, since_id.
    requests.push(url.searchParams);
    const conversations = [...query.matchAll(/conversation_id:(\d+)/g)].map((m) => m[1]);
    const replyTo = [...query.matchAll(/in_reply_to_tweet_id:(\d+)/g)].map((m) => m[1]);
    const from = /(?:^|[\s(])from:(\w+)/.exec(query)?.[1];
    const notFrom = /-from:(\w+)/.exec(query)?.[1];
    const sinceId = url.searchParams.get('since_id');
    const matches = conversation
      .filter(
        (t) =>
          t.inReplyTo !== null &&
          (conversations.length === 0 || conversations.includes(t.conversationId)) &&
          (replyTo.length === 0 || replyTo.includes(t.inReplyTo)) &&
          (!from || t.authorId === from || t.username === from) &&
          (!notFrom || (t.authorId !== notFrom && t.username !== notFrom)) &&
          (!sinceId || BigInt(t.id) > BigInt(sinceId)),
      )
      .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
    const max = Math.min(100, Math.max(10, Number(url.searchParams.get('max_results') ?? 10) || 10));
    const offset = Number(url.searchParams.get('next_token')?.replace(/^o/, '') ?? 0) || 0;
    const page = matches.slice(offset, offset + max);
    const meta: Record<string, unknown> = { result_count: page.length };
    if (page.length > 0) {
      meta.newest_id = page[0]!.id;
      meta.oldest_id = page.at(-1)!.id;
    }
    if (offset + max < matches.length) meta.next_token = `o${offset + max}`;
    const users = [
      ...new Map(page.map((t) => [t.authorId, { id: t.authorId, username: t.username, name: t.username }])).values(),
    ];
    send(res, 200, page.length ? { data: page.map(asTweet), includes: { users }, meta } : { meta });
    return true;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake-x');
    if (await own(req, res, url)) return;
    if (url.pathname !== '/2/tweets/search/recent' && url.pathname !== '/2/tweets')
      return send(res, 404, { title: 'Not Found', status: 404 });
    if (!/^Bearer \S+/.test(req.headers.authorization ?? ''))
      return send(res, 401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    if (url.pathname === '/2/tweets') return lookUp(res, url);
    requests.push(url.searchParams);
    const reset = Math.floor(Date.now() / 1000) + (settings.resetInSeconds ?? 900);
    const limitHeaders = { 'x-rate-limit-limit': '450', 'x-rate-limit-reset': String(reset) };
    if (spend(settings, 'rateLimited')) {
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
    if (spend(settings, 'failures')) {
      return send(res, 500, { title: 'Internal Server Error', status: 500 });
    }
    if (spend(settings, 'htmlAnswers')) {
      const page = '<html><body>Please wait while we check your browser</body></html>';
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(page) });
      return res.end(page);
    }

    const max = Math.min(100, Math.max(10, Number(url.searchParams.get('max_results') ?? 10) || 10));
    const sinceId = url.searchParams.get('since_id');
    if (sinceId && settings.sinceIdFloor && BigInt(sinceId) < BigInt(settings.sinceIdFloor))
      return send(res, 400, {
        errors: [
          {
            parameters: { since_id: [sinceId] },
            message: `Invalid 'since_id':'${sinceId}'. 'since_id' must be a tweet id created after the start of the search window. Please use a 'since_id' that is larger than ${settings.sinceIdFloor}`,
          },
        ],
        title: 'Invalid Request',
        detail: 'One or more parameters to your request was invalid.',
        type: 'https://api.twitter.com/2/problems/invalid-request',
      });
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
    answerAfterDelay(settings, () => send(res, 200, body, { ...limitHeaders, 'x-rate-limit-remaining': '449' }));
  };

  // GET /2/tweets?ids=: live tweets in data, deleted or unknown ones in errors[] as X answers them.
  const lookUp = (res: ServerResponse, url: URL) => {
    lookups.push(url.searchParams);
    if (spend(settings, 'rateLimited')) {
      const reset = String(Math.floor(Date.now() / 1000) + (settings.resetInSeconds ?? 900));
      return send(res, 429, { title: 'Too Many Requests', status: 429 }, { 'x-rate-limit-reset': reset });
    }
    if (spend(settings, 'lookupFailures')) {
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

  return listen(
    (req, res) => handle(req, res).catch(() => send(res, 500, { title: 'Internal Server Error', status: 500 })),
    port,
    {
      requests,
      lookups,
      deleteIds: (ids) => (settings.deletedIds = [...(settings.deletedIds ?? []), ...ids]),
      addPosts: (more) => (count += more),
      get postCount() {
        return count;
      },
      set: (changes) => Object.assign(settings, changes),
      addOwnPost: (text) => {
        const id = nextOwnId();
        conversation.push({
          id,
          conversationId: id,
          authorId: FAKE_X_OWN.userId,
          username: FAKE_X_OWN.username,
          text,
          createdAt: new Date().toISOString(),
          inReplyTo: null,
        });
        return id;
      },
      addReply: (r) => {
        const id = nextOwnId();
        conversation.push({
          id,
          conversationId: r.conversationId,
          authorId: r.authorId ?? '2000',
          username: r.username ?? 'a_student',
          text: r.text,
          createdAt: new Date().toISOString(),
          inReplyTo: r.inReplyTo ?? r.conversationId,
        });
        return id;
      },
      isHidden: (id) => hidden.get(id) ?? false,
      hideCalls,
      postedReplies,
      expireUserToken: () => userTokens.clear(),
      get refreshes() {
        return refreshes;
      },
    },
  );
}

/** The external ids the fake has published, for assertions. */
export function fakeXIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (FIRST_ID + BigInt(i) * 7n).toString());
}
