import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerAfterDelay, type Faults, listen, sendJson, spend } from '../fake-http.js';
import samples from './samples.json';

/**
 * A local stand-in for a Mastodon instance that speaks its JSON (the Status entity, snake_case),
 * so the real masto client is exercised end to end: hashtag timelines
 * (GET /api/v1/timelines/tag/:tag with limit, min_id, max_id, since_id), status search
 * (GET /api/v2/search?type=statuses, token required) and GET /api/v1/statuses/:id for deletion
 * checks. Every status carries #OpenUniversity and is on every tag's timeline. Ids are snowflakes
 * (creation milliseconds << 16), as Mastodon's are, so a client can ask for "since a time".
 */
export type FakeMastodonOptions = Faults & {
  posts?: number;
  /** every Nth status has no valid created_at (N ≥ 1), to be quarantined */
  malformedEvery?: number;
  /** every Nth status is by an account that opted out of discovery and indexing */
  optedOutEvery?: number;
  /** the host in statuses' uri and url (as if they were posted there) */
  host?: string;
  /**
   * ids numbered 1, 2, 3 … instead of snowflakes: the API promises only a string, and servers that
   * speak it (GoToSocial, Pleroma, Akkoma) do not put the time in it
   */
  serialIds?: boolean;
  /** answer this many requests 403, as an instance that has blocked or suspended us does */
  forbidden?: number;
};

export type FakeMastodonRequest = { path: string; query: URLSearchParams; authorized: boolean };

export type FakeMastodonServer = {
  url: string;
  port: number;
  /** every request received */
  requests: FakeMastodonRequest[];
  addPosts(count: number): void;
  readonly postCount: number;
  /** statuses (by their instance id) answered 404 from now on, and left out of timelines */
  deleteIds(ids: string[]): void;
  set(options: Omit<FakeMastodonOptions, 'posts' | 'host'>): void;
  close(): Promise<void>;
};

const { accounts: ACCOUNTS, texts: TEXTS } = samples;

/** A status id: the snowflake of its creation time, plus its index so ids stay unique. */
export function fakeMastodonId(createdMs: number, index: number): string {
  return ((BigInt(createdMs) << 16n) + BigInt(index % 65_536)).toString();
}

export async function startFakeMastodon(options: FakeMastodonOptions = {}, port = 0): Promise<FakeMastodonServer> {
  let count = options.posts ?? 0;
  const settings: Omit<FakeMastodonOptions, 'posts'> = { ...options };
  const host = options.host ?? 'fediverse.example';
  const requests: FakeMastodonRequest[] = [];
  const deleted = new Set<string>();
  // The first status was posted count seconds before the fake started; later ones follow a second apart.
  const base = Date.now() - count * 1000;
  const createdMs = (index: number) => base + index * 1000;
  const idOf = (index: number) => (options.serialIds ? String(index + 1) : fakeMastodonId(createdMs(index), index));

  const statusAt = (index: number): Record<string, unknown> => {
    const id = idOf(index);
    const name = ACCOUNTS[index % ACCOUNTS.length]!;
    const optedOut = !!settings.optedOutEvery && (index + 1) % settings.optedOutEvery === 0;
    const text = TEXTS[index % TEXTS.length]!;
    return {
      id,
      uri: `https://${host}/users/${name}/statuses/${id}`,
      url: `https://${host}/@${name}/${id}`,
      created_at:
        settings.malformedEvery && (index + 1) % settings.malformedEvery === 0
          ? 'not a date'
          : new Date(createdMs(index)).toISOString(),
      edited_at: null,
      in_reply_to_id: null,
      in_reply_to_account_id: null,
      sensitive: false,
      spoiler_text: '',
      visibility: 'public',
      language: 'en',
      replies_count: index % 3,
      reblogs_count: index % 5,
      favourites_count: index % 11,
      content:
        `<p>${text} (${index}) <a href="https://${host}/tags/OpenUniversity" class="mention hashtag" rel="tag">` +
        `#<span>OpenUniversity</span></a></p><p>More: <a href="https://www.open.ac.uk/students/results-${index}" ` +
        `rel="nofollow noopener" target="_blank"><span class="invisible">https://www.</span>` +
        `<span class="ellipsis">open.ac.uk/students/resu</span><span class="invisible">lts-${index}</span></a></p>`,
      reblog: null,
      account: {
        id: String(1000 + (index % ACCOUNTS.length)),
        username: name,
        acct: name,
        display_name: name.replace(/_/g, ' '),
        url: `https://${host}/@${name}`,
        uri: `https://${host}/users/${name}`,
        discoverable: !optedOut,
        indexable: !optedOut,
        noindex: optedOut,
        locked: false,
        bot: false,
        created_at: new Date(Date.UTC(2022, 0, 1)).toISOString(),
        followers_count: 10,
        following_count: 10,
        statuses_count: 100,
      },
      media_attachments: [],
      mentions: [],
      tags: [{ name: 'openuniversity', url: `https://${host}/tags/openuniversity` }],
      emojis: [],
      card: null,
      poll: null,
    };
  };

  const indexOfId = (id: string): number | undefined => {
    if (!/^\d+$/.test(id)) return undefined;
    if (options.serialIds) return Number(id) >= 1 && Number(id) <= count ? Number(id) - 1 : undefined;
    const index = Number(BigInt(id) & 0xffffn);
    for (let i = index; i < count; i += 65_536) if (idOf(i) === id) return i;
    return undefined;
  };

  /** Mastodon's paging: max_id/since_id take the newest below/above; min_id the oldest just above. */
  const page = (query: URLSearchParams): Record<string, unknown>[] => {
    const limit = Math.min(40, Math.max(1, Number(query.get('limit') ?? 20) || 20));
    const above = (name: string) => {
      const raw = query.get(name);
      return raw && /^\d+$/.test(raw) ? BigInt(raw) : undefined;
    };
    const minId = above('min_id');
    const sinceId = above('since_id');
    const maxId = above('max_id');
    // Ids grow with the index, so the bounds are found by bisection, not by a scan.
    const firstAbove = (bound: bigint | undefined, inclusive: boolean) => {
      if (bound === undefined) return 0;
      let [lo, hi] = [0, count];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const id = BigInt(idOf(mid));
        if (inclusive ? id >= bound : id > bound) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    const lower = Math.max(firstAbove(minId, false), firstAbove(sinceId, false));
    const upper = maxId === undefined ? count : firstAbove(maxId, true);
    const chosen: number[] = [];
    if (minId !== undefined)
      for (let i = lower; i < upper && chosen.length < limit; i++) {
        if (!deleted.has(idOf(i))) chosen.push(i);
      }
    else
      for (let i = upper - 1; i >= lower && chosen.length < limit; i--) {
        if (!deleted.has(idOf(i))) chosen.unshift(i);
      }
    return chosen.reverse().map(statusAt);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake-mastodon');
    const authorized = /^Bearer \S+/.test(req.headers.authorization ?? '');
    requests.push({ path: url.pathname, query: url.searchParams, authorized });
    const reset = new Date(Date.now() + (settings.resetInSeconds ?? 300) * 1000).toISOString();
    const limitHeaders = { 'x-ratelimit-limit': '300', 'x-ratelimit-reset': reset };
    if (spend(settings, 'rateLimited')) {
      return sendJson(res, 429, { error: 'Too many requests' }, { ...limitHeaders, 'x-ratelimit-remaining': '0' });
    }
    if (spend(settings, 'forbidden')) return sendJson(res, 403, { error: 'This action is not allowed' });
    if (spend(settings, 'failures')) {
      const html = '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>';
      res.writeHead(503, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(html) });
      return res.end(html);
    }
    let status = 200;
    let body: unknown;
    const tag = /^\/api\/v1\/timelines\/tag\/([^/]+)$/.exec(url.pathname);
    const single = /^\/api\/v1\/statuses\/([^/]+)$/.exec(url.pathname);
    if (tag) body = page(url.searchParams);
    else if (url.pathname === '/api/v2/search') {
      if (!authorized) [status, body] = [401, { error: 'The access token is invalid' }];
      else {
        const type = url.searchParams.get('type');
        body = { accounts: [], hashtags: [], statuses: !type || type === 'statuses' ? page(url.searchParams) : [] };
      }
    } else if (single) {
      const index = indexOfId(decodeURIComponent(single[1]!));
      if (index === undefined || deleted.has(idOf(index))) [status, body] = [404, { error: 'Record not found' }];
      else body = statusAt(index);
    } else [status, body] = [404, { error: 'Record not found' }];
    const answer = () => sendJson(res, status, body, { ...limitHeaders, 'x-ratelimit-remaining': '299' });
    answerAfterDelay(settings, answer);
  };

  return listen(handle, port, {
    requests,
    addPosts: (more) => (count += more),
    get postCount() {
      return count;
    },
    deleteIds: (ids) => ids.forEach((id) => deleted.add(id)),
    set: (changes) => Object.assign(settings, changes),
  });
}
