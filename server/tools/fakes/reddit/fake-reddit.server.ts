import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerAfterDelay, type Faults, listen, sendJson, spend } from '../fake-http.js';
import samples from './samples.json';

/**
 * A local stand-in for Reddit's OAuth API that speaks its JSON: POST /api/v1/access_token
 * (client credentials), GET /search, /r/<sub>/new and /r/<sub>/comments (Listings of t3 and t1
 * things, newest first, paged with `after`), and /api/info?id= for deletion checks. Every answer
 * carries X-Ratelimit-Used/Remaining/Reset, and it can be told to misbehave as Reddit does.
 */
export type FakeRedditOptions = Faults & {
  /** posts (t3) published; every third is in r/OpenUniversity, the rest elsewhere, and all match the search */
  posts?: number;
  /** comments (t1) published in r/OpenUniversity */
  comments?: number;
  /** requests allowed per window: X-Ratelimit-Remaining counts down from it */
  budget?: number;
  /** every Nth thing lacks its title (posts) or body (comments), to be quarantined */
  malformedEvery?: number;
  /** subreddits that answer 403 (private) */
  privateSubreddits?: string[];
};

export type FakeRedditRequest = { path: string; params: URLSearchParams; userAgent: string; authorization: string };

export type FakeRedditServer = {
  url: string;
  port: number;
  /** API requests received (not token requests) */
  requests: FakeRedditRequest[];
  /** how many tokens were handed out */
  readonly tokensIssued: number;
  addPosts(count: number): void;
  addComments(count: number): void;
  readonly postCount: number;
  readonly commentCount: number;
  /** fullnames shown as [removed] by /api/info, and fullnames it no longer knows */
  remove(fullnames: string[]): void;
  forget(fullnames: string[]): void;
  set(options: Omit<FakeRedditOptions, 'posts' | 'comments'>): void;
  close(): Promise<void>;
};

const FIRST_POST = 1_000_000_000; // base36 "gjdgxs"
const FIRST_COMMENT = 2_000_000_000;
const START_UTC = Date.UTC(2025, 0, 1) / 1000;
const { subreddits: SUBREDDITS, authors: AUTHORS, titles: TITLES, bodies: BODIES } = samples;

/** The fullname of the post or comment at an index, for assertions. */
export function fakeRedditPostName(index: number): string {
  return `t3_${(FIRST_POST + index).toString(36)}`;
}
export function fakeRedditCommentName(index: number): string {
  return `t1_${(FIRST_COMMENT + index).toString(36)}`;
}

type Thing = { kind: 't3' | 't1'; data: Record<string, unknown> };

function postAt(index: number, malformedEvery: number | undefined): Thing {
  const id = (FIRST_POST + index).toString(36);
  const subreddit = SUBREDDITS[index % SUBREDDITS.length]!;
  const author = AUTHORS[index % AUTHORS.length]!;
  const data: Record<string, unknown> = {
    id,
    name: `t3_${id}`,
    subreddit,
    title: `${TITLES[index % TITLES.length]} (${index})`,
    selftext: index % 2 === 0 ? `${BODIES[index % BODIES.length]} Post ${index}.` : '',
    author,
    author_fullname: author === '[deleted]' ? undefined : `t2_${index % AUTHORS.length}a`,
    created_utc: START_UTC + index * 60,
    permalink: `/r/${subreddit}/comments/${id}/post_${index}/`,
    url: `https://www.reddit.com/r/${subreddit}/comments/${id}/post_${index}/`,
    score: index % 17,
    num_comments: index % 5,
    removed_by_category: null,
  };
  if (malformedEvery && (index + 1) % malformedEvery === 0) delete data.title;
  return { kind: 't3', data };
}

function commentAt(index: number, malformedEvery: number | undefined): Thing {
  const id = (FIRST_COMMENT + index).toString(36);
  const post = (FIRST_POST + index * 3).toString(36);
  const author = AUTHORS[index % AUTHORS.length]!;
  const data: Record<string, unknown> = {
    id,
    name: `t1_${id}`,
    subreddit: 'OpenUniversity',
    body: `${BODIES[index % BODIES.length]} Comment ${index}.`,
    author,
    author_fullname: author === '[deleted]' ? undefined : `t2_${index % AUTHORS.length}a`,
    created_utc: START_UTC + index * 45 + 30,
    link_id: `t3_${post}`,
    parent_id: `t3_${post}`,
    permalink: `/r/OpenUniversity/comments/${post}/post/${id}/`,
    score: index % 7,
  };
  if (malformedEvery && (index + 1) % malformedEvery === 0) delete data.body;
  return { kind: 't1', data };
}

function listing(children: Thing[], after: string | null): unknown {
  return { kind: 'Listing', data: { after, before: null, dist: children.length, modhash: '', children } };
}

export async function startFakeReddit(options: FakeRedditOptions = {}, port = 0): Promise<FakeRedditServer> {
  let posts = options.posts ?? 0;
  let comments = options.comments ?? 0;
  const settings: Omit<FakeRedditOptions, 'posts' | 'comments'> = { ...options };
  const requests: FakeRedditRequest[] = [];
  const removed = new Set<string>();
  const forgotten = new Set<string>();
  let tokensIssued = 0;
  let used = 0;
  let windowStarted = Date.now();

  /** Newest first, starting after the thing named by `after`. */
  const page = (
    things: (index: number) => Thing,
    count: number,
    include: (i: number) => boolean,
    params: URLSearchParams,
  ) => {
    const limit = Math.min(100, Math.max(1, Number(params.get('limit') ?? 25) || 25));
    const after = params.get('after');
    const indexes: number[] = [];
    for (let i = count - 1; i >= 0; i--) if (include(i)) indexes.push(i);
    let start = 0;
    if (after) {
      const at = indexes.findIndex((i) => things(i).data.name === after);
      start = at === -1 ? indexes.length : at + 1;
    }
    const slice = indexes.slice(start, start + limit);
    const more = start + limit < indexes.length;
    const children = slice.map(things);
    return listing(children, more ? (children.at(-1)!.data.name as string) : null);
  };

  const api = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const authorization = req.headers.authorization ?? '';
    if (!/^bearer fake-token-\d+$/i.test(authorization))
      return sendJson(res, 401, { message: 'Unauthorized', error: 401 });
    requests.push({
      path: url.pathname,
      params: url.searchParams,
      userAgent: req.headers['user-agent'] ?? '',
      authorization,
    });
    const windowSeconds = settings.resetInSeconds ?? 600;
    if (Date.now() - windowStarted > windowSeconds * 1000) {
      windowStarted = Date.now();
      used = 0;
    }
    used += 1;
    const budget = settings.budget ?? 1000;
    const reset = String(Math.max(1, Math.ceil(windowSeconds - (Date.now() - windowStarted) / 1000)));
    const limits = {
      'x-ratelimit-used': String(used),
      'x-ratelimit-remaining': `${Math.max(0, budget - used)}.0`,
      'x-ratelimit-reset': reset,
    };
    if ((settings.rateLimited ?? 0) > 0 || used > budget) {
      spend(settings, 'rateLimited');
      return sendJson(
        res,
        429,
        { message: 'Too Many Requests', error: 429 },
        { ...limits, 'x-ratelimit-remaining': '0.0', 'retry-after': reset },
      );
    }
    if (spend(settings, 'failures')) {
      return sendJson(res, 500, { message: 'Internal Server Error', error: 500 }, limits);
    }
    const malformed = settings.malformedEvery;
    const post = (i: number) => postAt(i, malformed);
    const comment = (i: number) => commentAt(i, malformed);
    let body: unknown;
    const sub = /^\/r\/([A-Za-z0-9_]+)\/(new|comments)$/.exec(url.pathname);
    if (url.pathname === '/search') {
      body = page(post, posts, () => true, url.searchParams);
    } else if (sub) {
      const [, name, what] = sub;
      if (settings.privateSubreddits?.some((p) => p.toLowerCase() === name!.toLowerCase()))
        return sendJson(res, 403, { reason: 'private', message: 'Forbidden', error: 403 }, limits);
      const inSub = (i: number) => SUBREDDITS[i % SUBREDDITS.length]!.toLowerCase() === name!.toLowerCase();
      body =
        what === 'new'
          ? page(post, posts, inSub, url.searchParams)
          : page(comment, name!.toLowerCase() === 'openuniversity' ? comments : 0, () => true, url.searchParams);
    } else if (url.pathname === '/api/info') {
      const children: Thing[] = [];
      for (const fullname of (url.searchParams.get('id') ?? '').split(',')) {
        if (forgotten.has(fullname)) continue;
        const [kind, id] = fullname.split('_');
        const index = parseInt(id ?? '', 36) - (kind === 't3' ? FIRST_POST : FIRST_COMMENT);
        if (!(index >= 0 && index < (kind === 't3' ? posts : kind === 't1' ? comments : 0))) continue;
        const thing = kind === 't3' ? postAt(index, undefined) : commentAt(index, undefined);
        if (removed.has(fullname)) {
          thing.data.author = '[deleted]';
          if (kind === 't1') thing.data.body = '[removed]';
          else thing.data.selftext = '[removed]';
        }
        children.push(thing);
      }
      body = listing(children, null);
    } else {
      return sendJson(res, 404, { message: 'Not Found', error: 404 }, limits);
    }
    const answer = () => sendJson(res, 200, body, limits);
    answerAfterDelay(settings, answer);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake-reddit');
    if (url.pathname === '/api/v1/access_token') {
      req.resume();
      const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const [id, secret] = basic ? Buffer.from(basic, 'base64').toString().split(':') : [];
      if (req.method !== 'POST' || !id || !secret || secret === 'wrong')
        return sendJson(res, 401, { message: 'Unauthorized', error: 401 });
      tokensIssued += 1;
      return sendJson(res, 200, {
        access_token: `fake-token-${tokensIssued}`,
        token_type: 'bearer',
        expires_in: 86400,
        scope: '*',
      });
    }
    api(req, res, url);
  };

  return listen(handle, port, {
    requests,
    get tokensIssued() {
      return tokensIssued;
    },
    addPosts: (more) => (posts += more),
    addComments: (more) => (comments += more),
    get postCount() {
      return posts;
    },
    get commentCount() {
      return comments;
    },
    remove: (names) => names.forEach((n) => removed.add(n)),
    forget: (names) => names.forEach((n) => forgotten.add(n)),
    set: (changes) => {
      Object.assign(settings, changes);
      if (changes.budget !== undefined) used = 0;
    },
  });
}
