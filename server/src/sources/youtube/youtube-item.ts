import type { youtube_v3 } from '@googleapis/youtube';
import { decodeEntities } from '../html-text.js';
import { highWaterMarks } from '../high-water-mark.js';
import { type BadItem, hasFields, type NormalizedPost } from '../source-connector.js';

/** An item's place in a newest-first listing: when it was published, and its id. */
export type YoutubeMark = { publishedAt: string; id: string };

export function isYoutubeMark(value: unknown): value is YoutubeMark {
  return hasFields<YoutubeMark>(value, { publishedAt: 'string', id: 'string' });
}

export type YoutubeItem =
  { kind: 'post'; mark: YoutubeMark; post: NormalizedPost } | { kind: 'bad'; mark: YoutubeMark | null; item: BadItem };

const marks = highWaterMarks<YoutubeMark>(
  (mark) => mark.publishedAt,
  (mark) => mark.id,
);

/** The later of two marks (either may be missing). */
export const newerMark = marks.newer;
/** At or above the mark: not older than it, and not the mark itself. */
export const aboveMark = marks.aboveMark;

/** A walk in progress through a newest-first listing: its next page, and the newest item it has seen. */
export type YoutubeWalk = { pageToken: string; runHigh?: YoutubeMark };

/** A walk as read back from a stored cursor, or undefined when the cursor holds none. */
export function readWalk(value: unknown): YoutubeWalk | undefined {
  const walk = value as { pageToken?: unknown; runHigh?: unknown } | undefined;
  if (typeof walk?.pageToken !== 'string') return undefined;
  return { pageToken: walk.pageToken, ...(isYoutubeMark(walk.runHigh) ? { runHigh: walk.runHigh } : {}) };
}

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

/** Video ids are eleven characters; comment ids are longer. Stored posts are checked by which they are. */
export function isVideoId(id: string): boolean {
  return VIDEO_ID.test(id);
}

function validDate(value: unknown): string | null {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length > 0 ? value : null;
}

/** A search result (a video) as a mention: its title and description. search.list escapes them as HTML. */
export function parseSearchResult(result: youtube_v3.Schema$SearchResult): YoutubeItem {
  const videoId = result?.id?.videoId;
  const snippet = result?.snippet;
  const publishedAt = validDate(snippet?.publishedAt);
  const mark = typeof videoId === 'string' && publishedAt ? { publishedAt, id: videoId } : null;
  const bad = (error: string): YoutubeItem => ({
    kind: 'bad',
    mark,
    item: {
      platform: 'youtube',
      externalId: typeof videoId === 'string' ? videoId : null,
      payload: result ?? null,
      error,
    },
  });
  if (typeof videoId !== 'string' || !isVideoId(videoId)) return bad('missing or invalid video id');
  if (!mark) return bad('missing or invalid publishedAt');
  const title = text(snippet?.title);
  if (!title) return bad('missing title');
  const description = snippet?.description ? decodeEntities(snippet.description).trim() : '';
  const channelTitle = text(snippet?.channelTitle);
  return {
    kind: 'post',
    mark,
    post: {
      platform: 'youtube',
      externalId: videoId,
      url: `https://www.youtube.com/watch?v=${videoId}`,
      authorId: text(snippet?.channelId),
      authorHandle: null,
      authorName: channelTitle ? decodeEntities(channelTitle) : null,
      text: description ? `${decodeEntities(title)}\n\n${description}` : decodeEntities(title),
      lang: null,
      postedAt: new Date(mark.publishedAt),
      conversationId: videoId,
      inReplyToId: null,
      metrics: {},
      isDemo: false,
    },
  };
}

/** A comment thread's top-level comment as a mention, a reply to its video. */
export function parseCommentThread(thread: youtube_v3.Schema$CommentThread, videoId: string): YoutubeItem {
  const comment = thread?.snippet?.topLevelComment;
  const snippet = comment?.snippet;
  const id = comment?.id ?? thread?.id;
  const publishedAt = validDate(snippet?.publishedAt);
  const mark = typeof id === 'string' && publishedAt ? { publishedAt, id } : null;
  const bad = (error: string): YoutubeItem => ({
    kind: 'bad',
    mark,
    item: { platform: 'youtube', externalId: typeof id === 'string' ? id : null, payload: thread ?? null, error },
  });
  if (typeof id !== 'string' || id.length === 0) return bad('missing comment id');
  if (!mark) return bad('missing or invalid publishedAt');
  // textOriginal is the comment as written, but YouTube promises it only to the comment's author;
  // textDisplay is what others are given, and as every request here asks for textFormat=plainText
  // it is plain text already: read as HTML, "I <3 the OU, 5>4" would lose its middle.
  const body = text(snippet?.textOriginal) ?? text(snippet?.textDisplay);
  if (!body) return bad('missing text');
  const displayName = text(snippet?.authorDisplayName);
  const metrics: Record<string, number> = {};
  if (typeof snippet?.likeCount === 'number') metrics.like_count = snippet.likeCount;
  if (typeof thread.snippet?.totalReplyCount === 'number') metrics.reply_count = thread.snippet.totalReplyCount;
  const onVideo = text(snippet?.videoId) ?? videoId;
  return {
    kind: 'post',
    mark,
    post: {
      platform: 'youtube',
      externalId: id,
      url: `https://www.youtube.com/watch?v=${onVideo}&lc=${encodeURIComponent(id)}`,
      authorId: text(snippet?.authorChannelId?.value),
      authorHandle: displayName?.startsWith('@') ? displayName.slice(1) : null,
      authorName: displayName,
      text: body,
      lang: null,
      postedAt: new Date(mark.publishedAt),
      conversationId: onVideo,
      inReplyToId: onVideo,
      metrics,
      isDemo: false,
    },
  };
}
