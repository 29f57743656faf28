import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * A local stand-in for the YouTube Data API v3 (under /youtube/v3, as the client's rootUrl expects)
 * that speaks its JSON: search.list (videos, newest first, pageToken paging), commentThreads.list
 * (a video's top-level comments, newest first, filtered by searchTerms), and videos.list /
 * comments.list by id for deletion checks. It counts the units a real key would spend and can
 * answer 403 quotaExceeded, 429 and 5xx the way Google does.
 */
export type FakeYoutubeOptions = {
  /** videos published; each has commentsPerVideo comments, every other one naming the Open University */
  posts?: number;
  commentsPerVideo?: number;
  /** answer this many requests with 429 rateLimitExceeded before behaving */
  rateLimited?: number;
  resetInSeconds?: number;
  /** answer this many requests with 503 before behaving */
  failures?: number;
  /** answer this many requests with 403 quotaExceeded before behaving */
  quotaExceeded?: number;
  delayMs?: number;
  /** every Nth video lacks its title, and every Nth comment its text, to be quarantined */
  malformedEvery?: number;
};

export type FakeYoutubeRequest = { resource: string; params: URLSearchParams };

export type FakeYoutubeServer = {
  url: string;
  port: number;
  requests: FakeYoutubeRequest[];
  /** units the requests so far would have cost a real key */
  readonly unitsSpent: number;
  addPosts(count: number): void;
  /** more comments on the video at this index, newer than its others */
  addComments(videoIndex: number, count: number): void;
  readonly postCount: number;
  /** ids that videos.list / comments.list no longer return */
  remove(ids: string[]): void;
  set(options: Omit<FakeYoutubeOptions, 'posts' | 'commentsPerVideo'>): void;
  close(): Promise<void>;
};

const START = Date.UTC(2025, 0, 1);
const UNITS: Record<string, number> = { search: 100, commentThreads: 1, videos: 1, comments: 1 };
const CHANNELS = ['The Open University', 'OU Students Association', 'Study with Sam', 'MK Citizen'];
const TITLES = [
  'A day in the life of an Open University student',
  'Open University graduation 2025 &amp; what&#39;s next',
  'Is the Open University worth it? Honest review',
  'How I study part time with the Open University',
];

/** The id of the video at an index: eleven characters, as YouTube's are. */
export function fakeYoutubeVideoId(index: number): string {
  return `v${index.toString(36).padStart(10, '0')}`;
}
/** The id of a video's nth comment thread (its top-level comment's id too). */
export function fakeYoutubeCommentId(videoIndex: number, n: number): string {
  return `Ugz${videoIndex.toString(36).padStart(6, '0')}c${n.toString(36).padStart(4, '0')}AaABAg`;
}

function videoAt(index: number, malformedEvery: number | undefined): Record<string, unknown> {
  const channel = index % CHANNELS.length;
  const snippet: Record<string, unknown> = {
    publishedAt: new Date(START + index * 3_600_000).toISOString(),
    channelId: `UC${String(channel).padStart(22, '0')}`,
    title: `${TITLES[index % TITLES.length]} (${index})`,
    description: `Video ${index} about studying with the Open University.`,
    channelTitle: CHANNELS[channel],
    liveBroadcastContent: 'none',
  };
  if (malformedEvery && (index + 1) % malformedEvery === 0) delete snippet.title;
  return {
    kind: 'youtube#searchResult',
    etag: `e${index}`,
    id: { kind: 'youtube#video', videoId: fakeYoutubeVideoId(index) },
    snippet,
  };
}

function commentAt(videoIndex: number, n: number, malformedEvery: number | undefined): Record<string, unknown> {
  const id = fakeYoutubeCommentId(videoIndex, n);
  const videoId = fakeYoutubeVideoId(videoIndex);
  const text = n % 2 === 0 ? `Loved my time at the Open University, comment ${n}` : `Great video! (${n})`;
  const snippet: Record<string, unknown> = {
    channelId: `UC${String(videoIndex % CHANNELS.length).padStart(22, '0')}`,
    videoId,
    textDisplay: text,
    textOriginal: text,
    authorDisplayName: `@viewer${n % 5}`,
    authorChannelUrl: `http://www.youtube.com/@viewer${n % 5}`,
    authorChannelId: { value: `UCviewer${n % 5}` },
    canRate: true,
    viewerRating: 'none',
    likeCount: n % 4,
    publishedAt: new Date(START + videoIndex * 3_600_000 + (n + 1) * 60_000).toISOString(),
    updatedAt: new Date(START + videoIndex * 3_600_000 + (n + 1) * 60_000).toISOString(),
  };
  if (malformedEvery && (n + 1) % malformedEvery === 0) {
    delete snippet.textOriginal;
    delete snippet.textDisplay;
  }
  return {
    kind: 'youtube#commentThread',
    id,
    snippet: {
      channelId: snippet.channelId,
      videoId,
      topLevelComment: { kind: 'youtube#comment', id, snippet },
      canReply: true,
      totalReplyCount: n % 3,
      isPublic: true,
    },
  };
}

function error(code: number, reason: string, message: string, domain = 'youtube.api'): unknown {
  return {
    error: {
      code,
      message,
      errors: [{ message, domain, reason }],
      status: code === 403 ? 'PERMISSION_DENIED' : 'UNAVAILABLE',
    },
  };
}

/** Every value of a parameter, whether sent repeated (id=a&id=b) or comma-separated (id=a,b). */
function values(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .filter(Boolean);
}

export async function startFakeYoutube(options: FakeYoutubeOptions = {}, port = 0): Promise<FakeYoutubeServer> {
  let videos = options.posts ?? 0;
  const perVideo = options.commentsPerVideo ?? 3;
  const extraComments = new Map<number, number>();
  const settings: Omit<FakeYoutubeOptions, 'posts' | 'commentsPerVideo'> = { ...options };
  const requests: FakeYoutubeRequest[] = [];
  const removed = new Set<string>();
  let unitsSpent = 0;

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const json = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=UTF-8',
      'content-length': Buffer.byteLength(json),
      ...headers,
    });
    res.end(json);
  };
  const commentsOn = (videoIndex: number) => perVideo + (extraComments.get(videoIndex) ?? 0);

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake-youtube');
    const resource = /^\/youtube\/v3\/(search|commentThreads|videos|comments)$/.exec(url.pathname)?.[1];
    if (!resource) return send(res, 404, error(404, 'notFound', 'Not Found'));
    if (!url.searchParams.get('key'))
      return send(res, 403, error(403, 'forbidden', 'The request is missing a valid API key.', 'global'));
    requests.push({ resource, params: url.searchParams });
    unitsSpent += UNITS[resource]!;
    if ((settings.quotaExceeded ?? 0) > 0) {
      settings.quotaExceeded! -= 1;
      return send(
        res,
        403,
        error(
          403,
          'quotaExceeded',
          'The request cannot be completed because you have exceeded your quota.',
          'youtube.quota',
        ),
      );
    }
    if ((settings.rateLimited ?? 0) > 0) {
      settings.rateLimited! -= 1;
      return send(res, 429, error(429, 'rateLimitExceeded', 'Too many requests.', 'youtube.quota'), {
        'retry-after': String(settings.resetInSeconds ?? 60),
      });
    }
    if ((settings.failures ?? 0) > 0) {
      settings.failures! -= 1;
      return send(res, 503, error(503, 'backendError', 'Backend Error'));
    }

    const params = url.searchParams;
    const malformed = settings.malformedEvery;
    let body: unknown;
    if (resource === 'search') {
      const max = Math.min(50, Math.max(0, Number(params.get('maxResults') ?? 5) || 5));
      const start = params.get('pageToken') ? Number(params.get('pageToken')!.slice(1)) : videos - 1;
      const indexes: number[] = [];
      for (let i = start; i >= 0 && indexes.length < max; i--) indexes.push(i);
      const last = indexes.at(-1);
      body = {
        kind: 'youtube#searchListResponse',
        etag: 'search',
        regionCode: 'GB',
        pageInfo: { totalResults: videos, resultsPerPage: max },
        ...(last !== undefined && last > 0 ? { nextPageToken: `p${last - 1}` } : {}),
        items: indexes.map((i) => videoAt(i, malformed)),
      };
    } else if (resource === 'commentThreads') {
      const videoId = params.get('videoId') ?? '';
      const index = parseInt(videoId.slice(1), 36);
      if (!(index >= 0 && index < videos) || removed.has(videoId))
        return send(
          res,
          404,
          error(404, 'videoNotFound', 'The video identified by the videoId parameter could not be found.'),
        );
      const max = Math.min(100, Math.max(1, Number(params.get('maxResults') ?? 20) || 20));
      const terms = (params.get('searchTerms') ?? '').toLowerCase();
      const matching: number[] = [];
      for (let n = commentsOn(index) - 1; n >= 0; n--) {
        const thread = commentAt(index, n, undefined);
        const text = String(
          (thread.snippet as { topLevelComment: { snippet: { textOriginal: string } } }).topLevelComment.snippet
            .textOriginal,
        );
        if (!terms || text.toLowerCase().includes(terms)) matching.push(n);
      }
      const offset = params.get('pageToken') ? Number(params.get('pageToken')!.slice(1)) : 0;
      const slice = matching.slice(offset, offset + max);
      body = {
        kind: 'youtube#commentThreadListResponse',
        etag: 'threads',
        pageInfo: { totalResults: slice.length, resultsPerPage: max },
        ...(offset + max < matching.length ? { nextPageToken: `o${offset + max}` } : {}),
        items: slice.map((n) => commentAt(index, n, malformed)),
      };
    } else {
      const alive = values(params, 'id').filter((id) => {
        if (removed.has(id)) return false;
        if (resource === 'videos') return parseInt(id.slice(1), 36) < videos && /^v[0-9a-z]{10}$/.test(id);
        const match = /^Ugz([0-9a-z]{6})c([0-9a-z]{4})AaABAg$/.exec(id);
        return (
          Boolean(match) &&
          parseInt(match![1]!, 36) < videos &&
          parseInt(match![2]!, 36) < commentsOn(parseInt(match![1]!, 36))
        );
      });
      body = {
        kind: resource === 'videos' ? 'youtube#videoListResponse' : 'youtube#commentListResponse',
        etag: 'list',
        pageInfo: { totalResults: alive.length, resultsPerPage: alive.length },
        items: alive.map((id) => ({ kind: resource === 'videos' ? 'youtube#video' : 'youtube#comment', etag: id, id })),
      };
    }
    const answer = () => send(res, 200, body);
    if (settings.delayMs) setTimeout(answer, settings.delayMs);
    else answer();
  };

  const server: Server = createServer(handle);
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    requests,
    get unitsSpent() {
      return unitsSpent;
    },
    addPosts: (more) => (videos += more),
    addComments: (videoIndex, count) => extraComments.set(videoIndex, (extraComments.get(videoIndex) ?? 0) + count),
    get postCount() {
      return videos;
    },
    remove: (ids) => ids.forEach((id) => removed.add(id)),
    set: (changes) => Object.assign(settings, changes),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
