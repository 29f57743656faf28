import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerAfterDelay, type Faults, listen, readBody, sendJson, spend } from '../fake-http.js';
import samples from './samples.json';

/**
 * A local stand-in for a Bluesky PDS entryway that speaks its XRPC JSON, so the real @atproto/api
 * agent is exercised end to end: com.atproto.server.createSession / refreshSession / getSession,
 * app.bsky.feed.searchPosts (q, sort=latest, since, until, cursor, limit ≤ 100) and
 * app.bsky.feed.getPosts (≤ 25 URIs). Searches need a live access token; tokens expire after
 * accessTtlMs and answer 400 ExpiredToken, as the real service does.
 */
export type FakeBlueskyOptions = Faults & {
  posts?: number;
  /**
   * every Nth post lacks its text and indexedAt (N ≥ 1): the lexicon refuses the page, we quarantine
   * the post. Set while running, it applies to the posts published from then on.
   */
  malformedEvery?: number;
  /** answer this many getPosts calls 200 with a body that has no list of posts (a proxy's `{}`) */
  postlessGetPosts?: number;
  /** how long an access token lives (default an hour) */
  accessTtlMs?: number;
  /** the account that may log in (any password unless appPassword is set) */
  handle?: string;
  appPassword?: string;
};

export type FakeBlueskyRequest = { method: string; nsid: string; query: URLSearchParams; auth: string | undefined };

export type FakeBlueskyServer = {
  url: string;
  port: number;
  requests: FakeBlueskyRequest[];
  /** how many times each XRPC method was called */
  calls(nsid: string): number;
  addPosts(count: number): void;
  readonly postCount: number;
  /** the at:// URI of the post at an index */
  uriAt(index: number): string;
  /** posts answered as gone from now on (left out of search and getPosts) */
  deleteUris(uris: string[]): void;
  /** every access token issued so far has expired (the refresh tokens still work) */
  expireAccessTokens(): void;
  set(options: Omit<FakeBlueskyOptions, 'posts'>): void;
  close(): Promise<void>;
};

// A real CIDv1 (dag-cbor, sha-256): the lexicon checks the format.
const CID = 'bafyreiahoajxab55ntjwt7i7x63zljocoqnoyzl74wkgfmko4wdolyt6gu';
const { accounts: ACCOUNTS, texts: TEXTS } = samples;
const ACCOUNT_DID = 'did:plc:oulisteningfake000000001';

function didOf(account: number): string {
  return `did:plc:fakeauthor${String(account).padStart(14, '0')}`;
}

export async function startFakeBluesky(options: FakeBlueskyOptions = {}, port = 0): Promise<FakeBlueskyServer> {
  let count = options.posts ?? 0;
  const settings: Omit<FakeBlueskyOptions, 'posts'> = { ...options };
  const requests: FakeBlueskyRequest[] = [];
  const gone = new Set<string>();
  const base = Date.now() - count * 1000;
  const createdMs = (index: number) => base + index * 1000;
  const rkeyOf = (index: number) => `3lfake${String(index).padStart(7, '0')}`;
  const uriAt = (index: number) => `at://${didOf(index % ACCOUNTS.length)}/app.bsky.feed.post/${rkeyOf(index)}`;
  // access and refresh tokens issued, with when each access token expires
  const access = new Map<string, number>();
  const refresh = new Set<string>();
  let issued = 0;
  let malformedFrom = 0;

  const textAt = (index: number) =>
    `${TEXTS[index % TEXTS.length]} (${index}) #OpenUniversity open.ac.uk/students/resu...`;
  const postAt = (index: number): Record<string, unknown> => {
    const account = index % ACCOUNTS.length;
    const text = textAt(index);
    const linkStart = Buffer.byteLength(text.slice(0, text.indexOf('open.ac.uk')));
    const record: Record<string, unknown> = {
      $type: 'app.bsky.feed.post',
      text,
      createdAt: new Date(createdMs(index)).toISOString(),
      langs: ['en'],
      facets: [
        {
          index: { byteStart: linkStart, byteEnd: Buffer.byteLength(text) },
          features: [
            { $type: 'app.bsky.richtext.facet#link', uri: `https://www.open.ac.uk/students/results-${index}` },
          ],
        },
      ],
    };
    const post: Record<string, unknown> = {
      uri: uriAt(index),
      cid: CID,
      author: {
        did: didOf(account),
        handle: ACCOUNTS[account],
        displayName: ACCOUNTS[account]!.split('.')[0],
        labels: [],
      },
      record,
      replyCount: index % 3,
      repostCount: index % 5,
      likeCount: index % 11,
      quoteCount: 0,
      indexedAt: new Date(createdMs(index) + 50).toISOString(),
      labels: [],
    };
    if (settings.malformedEvery && index >= malformedFrom && (index + 1) % settings.malformedEvery === 0) {
      delete record.text;
      delete post.indexedAt;
    }
    return post;
  };

  const newSession = () => {
    issued++;
    const accessJwt = `fake-access-${issued}`;
    const refreshJwt = `fake-refresh-${issued}`;
    access.set(accessJwt, Date.now() + (settings.accessTtlMs ?? 3_600_000));
    refresh.add(refreshJwt);
    return {
      accessJwt,
      refreshJwt,
      handle: settings.handle ?? 'ou-listening.bsky.social',
      did: ACCOUNT_DID,
      active: true,
    };
  };

  const readJson = async (req: IncomingMessage): Promise<unknown> => {
    const raw = await readBody(req);
    try {
      return raw ? JSON.parse(raw) : undefined;
    } catch {
      return undefined;
    }
  };

  const search = (query: URLSearchParams) => {
    const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 25) || 25));
    const since = query.get('since') ? Date.parse(query.get('since')!) : -Infinity;
    const until = query.get('until') ? Date.parse(query.get('until')!) : Infinity;
    const offset = Number(query.get('cursor') ?? 0) || 0;
    // Every post says "Open University" and #OpenUniversity; a search matches when its words (quotes
    // aside) are in the text, so "@OpenUniversity" finds nothing.
    const words = (query.get('q') ?? '').replace(/"/g, '').toLowerCase();
    if (!textAt(0).toLowerCase().includes(words)) return { posts: [], hitsTotal: 0 };
    // Newest first: every post at or after since and before until.
    const matching: number[] = [];
    for (let i = count - 1; i >= 0; i--) {
      const at = createdMs(i);
      if (at < since) break;
      if (at < until && !gone.has(uriAt(i))) matching.push(i);
    }
    const slice = matching.slice(offset, offset + limit);
    const body: Record<string, unknown> = { posts: slice.map(postAt), hitsTotal: matching.length };
    if (offset + limit < matching.length) body.cursor = String(offset + limit);
    return body;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake-bluesky');
    const nsid = url.pathname.replace(/^\/xrpc\//, '');
    const auth = req.headers.authorization;
    requests.push({ method: req.method ?? 'GET', nsid, query: url.searchParams, auth });
    const bearer = /^Bearer (\S+)$/.exec(auth ?? '')?.[1];

    if (nsid === 'com.atproto.server.createSession') {
      const body = (await readJson(req)) as { identifier?: unknown; password?: unknown } | undefined;
      const handleOk = !settings.handle || body?.identifier === settings.handle;
      const passwordOk = !settings.appPassword || body?.password === settings.appPassword;
      if (!handleOk || !passwordOk || typeof body?.password !== 'string')
        return sendJson(res, 401, { error: 'AuthenticationRequired', message: 'Invalid identifier or password' });
      return sendJson(res, 200, newSession());
    }
    if (nsid === 'com.atproto.server.refreshSession') {
      if (!bearer || !refresh.has(bearer))
        return sendJson(res, 400, { error: 'ExpiredToken', message: 'Token has expired' });
      refresh.delete(bearer);
      return sendJson(res, 200, newSession());
    }
    const liveUntil = bearer ? access.get(bearer) : undefined;
    if (!bearer) return sendJson(res, 401, { error: 'AuthenticationRequired', message: 'Authentication Required' });
    if (liveUntil === undefined)
      return sendJson(res, 400, { error: 'InvalidToken', message: 'Token could not be verified' });
    if (liveUntil < Date.now()) return sendJson(res, 400, { error: 'ExpiredToken', message: 'Token has expired' });
    if (nsid === 'com.atproto.server.getSession')
      return sendJson(res, 200, {
        handle: settings.handle ?? 'ou-listening.bsky.social',
        did: ACCOUNT_DID,
        active: true,
      });

    const reset = String(Math.floor(Date.now() / 1000) + (settings.resetInSeconds ?? 300));
    const limitHeaders = { 'ratelimit-limit': '3000', 'ratelimit-reset': reset, 'ratelimit-policy': '3000;w=300' };
    if (spend(settings, 'rateLimited')) {
      return sendJson(
        res,
        429,
        { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
        { ...limitHeaders, 'ratelimit-remaining': '0' },
      );
    }
    if (spend(settings, 'failures')) {
      return sendJson(res, 502, { error: 'UpstreamFailure', message: 'Upstream Failure' });
    }
    let status = 200;
    let body: unknown;
    if (nsid === 'app.bsky.feed.searchPosts') {
      if (!url.searchParams.get('q')) [status, body] = [400, { error: 'InvalidRequest', message: 'q is required' }];
      else body = search(url.searchParams);
    } else if (nsid === 'app.bsky.feed.getPosts') {
      const uris = url.searchParams.getAll('uris');
      if (uris.length > 25) [status, body] = [400, { error: 'InvalidRequest', message: 'uris must have at most 25' }];
      else if (spend(settings, 'postlessGetPosts')) body = {};
      else {
        const posts = uris.flatMap((uri) => {
          const match = /\/app\.bsky\.feed\.post\/3lfake(\d+)$/.exec(uri);
          const index = match ? Number(match[1]) : -1;
          return index >= 0 && index < count && uriAt(index) === uri && !gone.has(uri) ? [postAt(index)] : [];
        });
        body = { posts };
      }
    } else [status, body] = [501, { error: 'MethodNotImplemented', message: `${nsid} is not implemented` }];
    const answer = () => sendJson(res, status, body, { ...limitHeaders, 'ratelimit-remaining': '2999' });
    answerAfterDelay(settings, answer);
  };

  return listen(handle, port, {
    requests,
    calls: (nsid) => requests.filter((r) => r.nsid === nsid).length,
    addPosts: (more) => (count += more),
    get postCount() {
      return count;
    },
    uriAt,
    deleteUris: (uris) => uris.forEach((uri) => gone.add(uri)),
    expireAccessTokens: () => access.forEach((_, token) => access.set(token, 0)),
    set: (changes) => {
      if ('malformedEvery' in changes) malformedFrom = count;
      Object.assign(settings, changes);
    },
  });
}
