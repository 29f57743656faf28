import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerAfterDelay, type Faults, listen, readBody, sendJson, spend } from '../fake-http.js';
import samples from './samples.json';

/**
 * A local stand-in for the YouTube Data API v3 (under /youtube/v3, as the client's rootUrl expects)
 * that speaks its JSON: search.list (videos, newest first, pageToken paging), commentThreads.list
 * (a video's top-level comments, newest first, filtered by searchTerms), and videos.list /
 * comments.list by id for deletion checks. It counts the units a real key would spend and can
 * answer 403 quotaExceeded, 429 and 5xx the way Google does, and 403 forbidden for the comments
 * of a video made private.
 *
 * It also plays the OU's own channel (issue 16): Google's OAuth token endpoint (POST /token, a
 * refresh token for an access token), commentThreads.list with allThreadsRelatedToChannelId, and
 * the owner's moderation: comments.setModerationStatus (heldForReview, published, rejected,
 * banAuthor), comments.insert (a reply) and comments.list by parentId. It records what was
 * moderated, banned and replied, so tests assert on YouTube's side.
 */
/** Faults: a 429 is rateLimitExceeded with resetInSeconds in retry-after; a failure is a 503 backendError. */
export type FakeYoutubeOptions = Faults & {
  /** videos published; each has commentsPerVideo comments, every other one naming the Open University */
  posts?: number;
  commentsPerVideo?: number;
  /** answer this many requests with 403 quotaExceeded before behaving */
  quotaExceeded?: number;
  /** every Nth video lacks its title, and every Nth comment its text, to be quarantined */
  malformedEvery?: number;
  /** carry out this many comments.insert calls and then drop the connection unanswered (an answer lost) */
  dropAnswers?: number;
};

/** A top-level comment on one of the OU channel's videos. */
export type FakeChannelComment = {
  id: string;
  videoId: string;
  authorChannelId: string;
  authorName: string;
  text: string;
  publishedAt: string;
};

export type FakeChannelReply = { id: string; parentId: string; text: string; authorChannelId: string };

/** The OU's channel as the fake plays it, with the OAuth client that moderates it. */
export const FAKE_CHANNEL = {
  channelId: 'UCou0000000000000000000A',
  clientId: 'fake-client.apps.googleusercontent.com',
  clientSecret: 'fake-client-secret',
  refreshToken: 'fake-refresh-token',
} as const;

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
  /** commentThreads.list for this video answers 403 forbidden, as for a video made private */
  forbidComments(videoId: string): void;
  set(options: Omit<FakeYoutubeOptions, 'posts' | 'commentsPerVideo'>): void;
  /** a new comment on one of the OU channel's videos, newer than the others; returns its id */
  addChannelComment(comment: Partial<Omit<FakeChannelComment, 'id'>>): string;
  /** the moderation status YouTube now has for a comment: published unless the owner changed it */
  moderationStatus(commentId: string): 'published' | 'heldForReview' | 'rejected';
  /** channels banned from the OU's channel with banAuthor */
  readonly banned: Set<string>;
  /** replies posted by the OU's channel, oldest first */
  readonly replies: FakeChannelReply[];
  /** every setModerationStatus call, as sent */
  readonly moderationCalls: URLSearchParams[];
  /** refresh-token grants answered */
  readonly tokenGrants: number;
  close(): Promise<void>;
};

const START = Date.UTC(2025, 0, 1);
const UNITS: Record<string, number> = { search: 100, commentThreads: 1, videos: 1, comments: 1 };
const { channels: CHANNELS, titles: TITLES } = samples;

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
  const forbidden = new Set<string>();
  let unitsSpent = 0;

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    sendJson(res, status, body, { 'content-type': 'application/json; charset=UTF-8', ...headers });
  const commentsOn = (videoIndex: number) => perVideo + (extraComments.get(videoIndex) ?? 0);
  const channelComments: FakeChannelComment[] = [];
  const moderation = new Map<string, 'published' | 'heldForReview' | 'rejected'>();
  const banned = new Set<string>();
  const replies: FakeChannelReply[] = [];
  const moderationCalls: URLSearchParams[] = [];
  const accessTokens = new Set<string>();
  let tokenGrants = 0;
  let sequence = 0;

  /** Google's token endpoint: a refresh token (and the client's id and secret) for an access token. */
  const token = async (req: IncomingMessage, res: ServerResponse) => {
    const form = new URLSearchParams(await readBody(req));
    if (form.get('client_id') !== FAKE_CHANNEL.clientId || form.get('client_secret') !== FAKE_CHANNEL.clientSecret)
      return send(res, 401, { error: 'invalid_client', error_description: 'The OAuth client was not found.' });
    if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== FAKE_CHANNEL.refreshToken)
      return send(res, 400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
    tokenGrants += 1;
    const accessToken = `ya29.fake-${tokenGrants}`;
    accessTokens.add(accessToken);
    send(res, 200, {
      access_token: accessToken,
      expires_in: 3599,
      scope: 'https://www.googleapis.com/auth/youtube.force-ssl',
      token_type: 'Bearer',
    });
  };

  const channelThread = (c: FakeChannelComment) => {
    const snippet = {
      channelId: FAKE_CHANNEL.channelId,
      videoId: c.videoId,
      textDisplay: c.text,
      textOriginal: c.text,
      authorDisplayName: c.authorName,
      authorChannelUrl: `http://www.youtube.com/channel/${c.authorChannelId}`,
      authorChannelId: { value: c.authorChannelId },
      canRate: true,
      viewerRating: 'none',
      likeCount: 0,
      moderationStatus: moderation.get(c.id) ?? 'published',
      publishedAt: c.publishedAt,
      updatedAt: c.publishedAt,
    };
    return {
      kind: 'youtube#commentThread',
      id: c.id,
      snippet: {
        channelId: FAKE_CHANNEL.channelId,
        videoId: c.videoId,
        topLevelComment: { kind: 'youtube#comment', id: c.id, snippet },
        canReply: true,
        totalReplyCount: replies.filter((r) => r.parentId === c.id).length,
        isPublic: true,
      },
    };
  };
  const replyResource = (r: FakeChannelReply) => ({
    kind: 'youtube#comment',
    id: r.id,
    snippet: {
      channelId: FAKE_CHANNEL.channelId,
      videoId: channelComments.find((c) => c.id === r.parentId)?.videoId,
      textDisplay: r.text,
      textOriginal: r.text,
      parentId: r.parentId,
      authorDisplayName: '@OpenUniversity',
      authorChannelId: { value: r.authorChannelId },
      publishedAt: new Date().toISOString(),
    },
  });

  /** The owner's calls, with an access token from the token endpoint. */
  const owner = async (req: IncomingMessage, res: ServerResponse, url: URL, what: string) => {
    const body = req.method === 'POST' ? await readBody(req) : '';
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !accessTokens.has(bearer))
      return send(res, 401, error(401, 'authError', 'Invalid Credentials', 'global'));
    requests.push({ resource: what, params: url.searchParams });
    if (spend(settings, 'failures')) {
      return send(res, 503, error(503, 'backendError', 'Backend Error'));
    }
    const params = url.searchParams;
    if (what === 'setModerationStatus') {
      moderationCalls.push(params);
      unitsSpent += 50;
      const status = params.get('moderationStatus');
      if (status !== 'heldForReview' && status !== 'published' && status !== 'rejected')
        return send(res, 400, error(400, 'invalidModerationStatus', 'The moderation status is not valid.'));
      if (params.get('banAuthor') === 'true' && status !== 'rejected')
        return send(res, 400, error(400, 'banWithoutReject', 'banAuthor can only be used with rejected.'));
      const ids = values(params, 'id');
      const found = ids.map((id) => channelComments.find((c) => c.id === id));
      if (ids.length === 0 || found.some((c) => !c))
        return send(res, 404, error(404, 'commentNotFound', 'One or more comments could not be found.'));
      for (const c of found) {
        moderation.set(c!.id, status);
        if (params.get('banAuthor') === 'true') banned.add(c!.authorChannelId);
      }
      res.writeHead(204).end();
      return;
    }
    if (what === 'insert') {
      unitsSpent += 50;
      let parsed: { snippet?: { parentId?: unknown; textOriginal?: unknown } };
      try {
        parsed = JSON.parse(body) as typeof parsed;
      } catch {
        return send(res, 400, error(400, 'parseError', 'Parse Error', 'global'));
      }
      const parentId = parsed.snippet?.parentId;
      const text = parsed.snippet?.textOriginal;
      if (typeof text !== 'string' || text.trim() === '')
        return send(res, 400, error(400, 'commentTextRequired', 'The comment must contain text.'));
      if (typeof parentId !== 'string' || !channelComments.some((c) => c.id === parentId))
        return send(res, 404, error(404, 'parentCommentNotFound', 'The parent comment could not be found.'));
      const reply: FakeChannelReply = {
        id: `${parentId}.r${(++sequence).toString(36)}`,
        parentId,
        text,
        authorChannelId: FAKE_CHANNEL.channelId,
      };
      replies.push(reply);
      if (spend(settings, 'dropAnswers')) {
        req.socket.destroy();
        return;
      }
      return send(res, 200, replyResource(reply));
    }
    // comments.list by parentId: the replies under a comment.
    unitsSpent += 1;
    const under = replies.filter((r) => r.parentId === params.get('parentId')).map(replyResource);
    return send(res, 200, {
      kind: 'youtube#commentListResponse',
      pageInfo: { totalResults: under.length },
      items: under,
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake-youtube');
    if (req.method === 'POST' && url.pathname === '/token') return token(req, res);
    if (req.method === 'POST' && url.pathname === '/youtube/v3/comments/setModerationStatus')
      return owner(req, res, url, 'setModerationStatus');
    if (req.method === 'POST' && url.pathname === '/youtube/v3/comments') return owner(req, res, url, 'insert');
    if (url.pathname === '/youtube/v3/comments' && url.searchParams.get('parentId'))
      return owner(req, res, url, 'replies');
    if (url.pathname === '/youtube/v3/commentThreads' && url.searchParams.get('allThreadsRelatedToChannelId'))
      return channelThreads(req, res, url);
    const resource = /^\/youtube\/v3\/(search|commentThreads|videos|comments)$/.exec(url.pathname)?.[1];
    if (!resource) return send(res, 404, error(404, 'notFound', 'Not Found'));
    if (!url.searchParams.get('key'))
      return send(res, 403, error(403, 'forbidden', 'The request is missing a valid API key.', 'global'));
    requests.push({ resource, params: url.searchParams });
    unitsSpent += UNITS[resource]!;
    if (spend(settings, 'quotaExceeded')) {
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
    if (spend(settings, 'rateLimited')) {
      return send(res, 429, error(429, 'rateLimitExceeded', 'Too many requests.', 'youtube.quota'), {
        'retry-after': String(settings.resetInSeconds ?? 60),
      });
    }
    if (spend(settings, 'failures')) {
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
      if (forbidden.has(videoId))
        return send(
          res,
          403,
          error(
            403,
            'forbidden',
            'The comment thread could not be retrieved because the request is not properly authorized.',
            'youtube.commentThread',
          ),
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
    answerAfterDelay(settings, () => send(res, 200, body));
  };

  /** commentThreads.list for the OU's channel, newest first; an API key or the owner's token reads it. */
  const channelThreads = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!url.searchParams.get('key') && !(bearer && accessTokens.has(bearer)))
      return send(res, 401, error(401, 'authError', 'Invalid Credentials', 'global'));
    requests.push({ resource: 'commentThreads', params: url.searchParams });
    unitsSpent += 1;
    if (spend(settings, 'failures')) {
      return send(res, 503, error(503, 'backendError', 'Backend Error'));
    }
    const params = url.searchParams;
    if (params.get('allThreadsRelatedToChannelId') !== FAKE_CHANNEL.channelId)
      return send(res, 404, error(404, 'channelNotFound', 'The channel could not be found.'));
    // Published comments unless the owner asks for another status, as YouTube lists them.
    const wanted = params.get('moderationStatus') ?? 'published';
    const listed = [...channelComments]
      .filter((c) => (moderation.get(c.id) ?? 'published') === wanted)
      .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0));
    const max = Math.min(100, Math.max(1, Number(params.get('maxResults') ?? 20) || 20));
    const offset = params.get('pageToken') ? Number(params.get('pageToken')!.slice(1)) : 0;
    const slice = listed.slice(offset, offset + max);
    send(res, 200, {
      kind: 'youtube#commentThreadListResponse',
      pageInfo: { totalResults: slice.length, resultsPerPage: max },
      ...(offset + max < listed.length ? { nextPageToken: `o${offset + max}` } : {}),
      items: slice.map(channelThread),
    });
  };

  return listen(
    (req, res) => handle(req, res).catch(() => send(res, 500, error(500, 'backendError', 'fake failed'))),
    port,
    {
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
      forbidComments: (videoId) => forbidden.add(videoId),
      set: (changes) => Object.assign(settings, changes),
      addChannelComment: (c) => {
        const n = ++sequence;
        const id = `UgxOU${n.toString(36).padStart(6, '0')}AaABAg`;
        const latest = channelComments.reduce((t, x) => Math.max(t, Date.parse(x.publishedAt)), 0);
        channelComments.push({
          id,
          videoId: c.videoId ?? 'ouChannel01',
          authorChannelId: c.authorChannelId ?? `UCviewer${n}`,
          authorName: c.authorName ?? `@viewer${n}`,
          text: c.text ?? `A comment on our video (${n})`,
          publishedAt: c.publishedAt ?? new Date(Math.max(Date.now() - 60_000, latest + 1000)).toISOString(),
        });
        return id;
      },
      moderationStatus: (id) => moderation.get(id) ?? 'published',
      banned,
      replies,
      moderationCalls,
      get tokenGrants() {
        return tokenGrants;
      },
    },
  );
}
