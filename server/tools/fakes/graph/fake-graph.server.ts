import type { IncomingMessage, ServerResponse } from 'node:http';
import { listen, readBody, sendJson, spend } from '../fake-http.js';

/**
 * A local stand-in for Meta's Graph API, speaking its JSON for a Facebook Page and the Instagram
 * account linked to it: the Page's feed and each post's comments (newest first, cursor paging),
 * the account's media and their comments (replies nested), and the writes the OU makes: hide and
 * unhide, reply, block and unblock. It records what was done so tests assert on the platform's side,
 * and can be told to fail (HTTP 500) or throttle (error code 4 with usage headers), or to lose a
 * post the way Graph does when it is deleted or hidden.
 */
export type FakeGraphOptions = {
  pageId?: string;
  instagramUserId?: string;
  token?: string;
};

export type FakeComment = {
  id: string;
  parentId: string;
  message: string;
  createdTime: string;
  fromId: string;
  fromName: string;
  canHide: boolean;
  /** Instagram: the comment this one replies to */
  replyTo?: string;
  /** a field given as something Graph would never send, to be quarantined */
  broken?: boolean;
};

type Misbehaviour = {
  /** answer this many writes (POST, DELETE) with HTTP 500 */
  failWrites?: number;
  /** answer this many reads (GET) with HTTP 500 */
  failReads?: number;
  /** answer this many requests with Graph's throttling error (code 4) */
  rateLimited?: number;
  /** carry out this many writes and then drop the connection without answering (an answer lost on the way) */
  dropAnswers?: number;
};

export type FakeGraphServer = {
  url: string;
  /** the base to give FACEBOOK_GRAPH_URL */
  graphUrl: string;
  pageId: string;
  instagramUserId: string;
  token: string;
  /** The configuration that points a server's Facebook Page and Instagram account at this fake. */
  env(): {
    FACEBOOK_GRAPH_URL: string;
    FACEBOOK_PAGE_ID: string;
    FACEBOOK_PAGE_TOKEN: string;
    INSTAGRAM_USER_ID: string;
  };
  requests: { method: string; path: string; params: URLSearchParams }[];
  addFacebookPost(message: string, createdTime?: Date): string;
  addFacebookComment(postId: string, comment: Partial<Omit<FakeComment, 'id' | 'parentId'>>): string;
  addInstagramMedia(caption: string, createdTime?: Date): string;
  addInstagramComment(mediaId: string, comment: Partial<Omit<FakeComment, 'id' | 'parentId'>>): string;
  /**
   * The post or media is deleted or hidden: gone from the feed or media list, and its comments edge
   * answers what Graph does then: 'missing' is code 100/33 ("does not exist, cannot be loaded…"),
   * 'forbidden' a permission error (HTTP 403, code 10).
   */
  removePost(postId: string, answer?: 'missing' | 'forbidden'): void;
  /** hidden on the platform, as the platform now says */
  isHidden(commentId: string): boolean;
  replies: { to: string; id: string; message: string }[];
  blocked: Set<string>;
  set(misbehaviour: Misbehaviour): void;
  close(): Promise<void>;
};

type Post = { id: string; message: string; createdTime: string; platform: 'facebook' | 'instagram' };

const graphTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, '+0000');
const encodeCursor = (index: number) => Buffer.from(`i:${index}`).toString('base64url');
const decodeCursor = (raw: string | null) => (raw ? Number(Buffer.from(raw, 'base64url').toString().slice(2)) || 0 : 0);

export async function startFakeGraph(options: FakeGraphOptions = {}, port = 0): Promise<FakeGraphServer> {
  const pageId = options.pageId ?? '100200300';
  const instagramUserId = options.instagramUserId ?? '1784000000000';
  const token = options.token ?? 'fake-page-token';
  const posts: Post[] = [];
  const removed = new Map<string, 'missing' | 'forbidden'>();
  const listed = (platform: Post['platform']) => posts.filter((p) => p.platform === platform && !removed.has(p.id));
  const comments: FakeComment[] = [];
  const hidden = new Map<string, boolean>();
  const replies: { to: string; id: string; message: string }[] = [];
  const blocked = new Set<string>();
  const requests: FakeGraphServer['requests'] = [];
  const misbehaviour: Misbehaviour = {};
  let sequence = 0;
  const nextId = () => String(++sequence).padStart(6, '0');

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    sendJson(res, status, body, { 'content-type': 'application/json', ...headers });
  const graphError = (res: ServerResponse, status: number, code: number, message: string, extra = {}) =>
    send(res, status, { error: { message, type: 'OAuthException', code, fbtrace_id: 'FAKE', ...extra } });

  /** Newest first, `limit` at a time, with Graph's cursor paging. */
  const page = <T>(items: T[], params: URLSearchParams, base: string) => {
    const limit = Math.min(100, Number(params.get('limit') ?? 25) || 25);
    const start = decodeCursor(params.get('after'));
    const slice = items.slice(start, start + limit);
    const end = start + slice.length;
    const paging: Record<string, unknown> = {
      cursors: { before: encodeCursor(start), after: encodeCursor(end) },
    };
    if (end < items.length) paging.next = `${base}?after=${encodeCursor(end)}`;
    return { data: slice, paging };
  };

  const newestFirst = <T extends { createdTime: string }>(items: T[]) =>
    [...items].sort((a, b) => b.createdTime.localeCompare(a.createdTime));

  const facebookComment = (c: FakeComment) => ({
    id: c.id,
    message: c.broken ? 12345 : c.message,
    created_time: c.createdTime,
    from: { id: c.fromId, name: c.fromName },
    permalink_url: `https://www.facebook.com/${c.parentId}?comment_id=${c.id}`,
    can_hide: c.canHide,
    can_comment: true,
    is_hidden: hidden.get(c.id) ?? false,
    like_count: 0,
    comment_count: 0,
  });
  const instagramComment = (c: FakeComment) => ({
    id: c.id,
    text: c.broken ? undefined : c.message,
    timestamp: c.createdTime,
    username: c.fromName,
    from: { id: c.fromId, username: c.fromName },
    like_count: 0,
    hidden: hidden.get(c.id) ?? false,
    replies: {
      data: comments
        .filter((r) => r.replyTo === c.id)
        .map((r) => ({
          id: r.id,
          text: r.message,
          timestamp: r.createdTime,
          username: r.fromName,
          from: { id: r.fromId, username: r.fromName },
          hidden: hidden.get(r.id) ?? false,
        })),
    },
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake-graph');
    const method = req.method ?? 'GET';
    const params = method === 'GET' ? url.searchParams : new URLSearchParams(await readBody(req));
    const path = url.pathname.replace(/^\/v\d+\.\d+/, '');
    requests.push({ method, path, params });
    const usage = { 'x-app-usage': JSON.stringify({ call_count: 12, total_cputime: 3, total_time: 5 }) };
    if (params.get('access_token') !== token) return graphError(res, 400, 190, 'Invalid OAuth access token.');
    if (spend(misbehaviour, 'rateLimited')) {
      return send(
        res,
        400,
        {
          error: { message: 'Application request limit reached', type: 'OAuthException', code: 4, fbtrace_id: 'FAKE' },
        },
        { 'x-app-usage': JSON.stringify({ call_count: 100, total_cputime: 20, total_time: 30 }) },
      );
    }
    const failKey = method === 'GET' ? 'failReads' : 'failWrites';
    if (spend(misbehaviour, failKey)) {
      return graphError(res, 500, 2, 'An unexpected error has occurred. Please retry your request later.', {
        is_transient: true,
      });
    }

    const parts = path.split('/').filter(Boolean);
    const [id, edge] = parts;
    if (!id) return graphError(res, 400, 100, 'Unsupported request');

    if (method === 'GET') {
      if (id === pageId && edge === 'feed') {
        const feed = newestFirst(listed('facebook')).map((p) => ({
          id: p.id,
          message: p.message,
          created_time: p.createdTime,
          permalink_url: `https://www.facebook.com/${p.id}`,
        }));
        return send(res, 200, page(feed, params, url.pathname), usage);
      }
      if (id === instagramUserId && edge === 'media') {
        const media = newestFirst(listed('instagram')).map((p) => ({
          id: p.id,
          caption: p.message,
          timestamp: p.createdTime,
          permalink: `https://www.instagram.com/p/${p.id}/`,
        }));
        return send(res, 200, page(media, params, url.pathname), usage);
      }
      const post = posts.find((p) => p.id === id);
      const gone = removed.get(id);
      if (post && edge === 'comments' && gone === 'forbidden')
        return graphError(res, 403, 10, '(#10) Requires pages_read_engagement permission to manage the object');
      if (post && edge === 'comments' && gone === 'missing')
        return send(res, 400, {
          error: {
            message: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
            type: 'GraphMethodException',
            code: 100,
            error_subcode: 33,
            fbtrace_id: 'FAKE',
          },
        });
      if (post && edge === 'comments') {
        const on = comments.filter((c) => c.parentId === id && (post.platform === 'facebook' || !c.replyTo));
        const ordered = newestFirst(on);
        const body: unknown[] =
          post.platform === 'facebook' ? ordered.map(facebookComment) : ordered.map(instagramComment);
        return send(res, 200, page(body, params, url.pathname), usage);
      }
      // Our replies under a comment (Facebook's comments edge, Instagram's replies edge), oldest first.
      const commented = comments.find((c) => c.id === id);
      if (commented && (edge === 'comments' || edge === 'replies')) {
        const ours = replies
          .filter((r) => r.to === id)
          .map((r) =>
            edge === 'comments'
              ? { id: r.id, message: r.message, from: { id: pageId, name: 'The Open University' } }
              : { id: r.id, text: r.message, from: { id: instagramUserId, username: 'openuniversity' } },
          );
        return send(res, 200, page(ours, params, url.pathname), usage);
      }
      const reply = replies.find((r) => r.id === id);
      if (reply && !edge)
        return send(res, 200, { id: reply.id, permalink_url: `https://www.facebook.com/reply/${reply.id}` }, usage);
      return graphError(res, 400, 100, `Unsupported get request. Object with ID '${id}' does not exist`);
    }

    if (id === pageId && edge === 'blocked') {
      const user = params.get('user');
      if (!user) return graphError(res, 400, 100, '(#100) The parameter user is required');
      if (method === 'DELETE') {
        blocked.delete(user);
        return send(res, 200, { success: true }, usage);
      }
      blocked.add(user);
      return send(res, 200, { [user]: true }, usage);
    }
    const comment = comments.find((c) => c.id === id);
    if (!comment) return graphError(res, 400, 100, `Unsupported post request. Object with ID '${id}' does not exist`);
    const platform = posts.find((p) => p.id === comment.parentId)?.platform;
    if (method === 'POST' && !edge) {
      const flag = platform === 'facebook' ? params.get('is_hidden') : params.get('hide');
      if (flag !== 'true' && flag !== 'false') return graphError(res, 400, 100, '(#100) Invalid parameter');
      if (!comment.canHide) return graphError(res, 400, 10, '(#10) This comment cannot be hidden');
      hidden.set(id, flag === 'true');
      return send(res, 200, { success: true }, usage);
    }
    if (
      method === 'POST' &&
      ((platform === 'facebook' && edge === 'comments') || (platform === 'instagram' && edge === 'replies'))
    ) {
      const message = params.get('message');
      if (!message) return graphError(res, 400, 100, '(#100) The parameter message is required');
      const replyId = `${comment.parentId}_r${nextId()}`;
      replies.push({ to: id, id: replyId, message });
      if (spend(misbehaviour, 'dropAnswers')) {
        return req.socket.destroy();
      }
      return send(res, 200, { id: replyId }, usage);
    }
    return graphError(res, 400, 100, 'Unsupported request');
  };

  const listening = await listen(
    (req, res) => handle(req, res).catch(() => send(res, 500, { error: { message: 'fake failed', code: 1 } })),
    port,
  );
  const url = listening.url;

  const addPost = (platform: Post['platform'], message: string, createdTime = new Date()) => {
    const id = platform === 'facebook' ? `${pageId}_${nextId()}` : `179${nextId()}`;
    posts.push({ id, message, createdTime: graphTime(createdTime), platform });
    return id;
  };
  const addComment = (
    parentId: string,
    platform: Post['platform'],
    c: Partial<Omit<FakeComment, 'id' | 'parentId'>>,
  ) => {
    const id = platform === 'facebook' ? `${parentId.split('_')[1]}_${nextId()}` : `180${nextId()}`;
    comments.push({
      id,
      parentId,
      message: c.message ?? 'A comment',
      createdTime: c.createdTime ?? graphTime(new Date()),
      fromId: c.fromId ?? `user-${sequence}`,
      fromName: c.fromName ?? `Commenter ${sequence}`,
      canHide: c.canHide ?? true,
      replyTo: c.replyTo,
      broken: c.broken,
    });
    return id;
  };

  return {
    url,
    graphUrl: `${url}/v21.0`,
    pageId,
    instagramUserId,
    token,
    env: () => ({
      FACEBOOK_GRAPH_URL: `${url}/v21.0`,
      FACEBOOK_PAGE_ID: pageId,
      FACEBOOK_PAGE_TOKEN: token,
      INSTAGRAM_USER_ID: instagramUserId,
    }),
    requests,
    addFacebookPost: (message, createdTime) => addPost('facebook', message, createdTime),
    addFacebookComment: (postId, c) => addComment(postId, 'facebook', c),
    addInstagramMedia: (caption, createdTime) => addPost('instagram', caption, createdTime),
    addInstagramComment: (mediaId, c) => addComment(mediaId, 'instagram', c),
    removePost: (postId, answer = 'missing') => removed.set(postId, answer),
    isHidden: (commentId) => hidden.get(commentId) ?? false,
    replies,
    blocked,
    set: (m) => Object.assign(misbehaviour, m),
    close: listening.close,
  };
}
