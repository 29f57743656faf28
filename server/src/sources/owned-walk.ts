import type { ParentPost } from '@ou-listening/shared';
import type { BadItem, Cursor, NormalizedPost, PageResult } from './source-connector.js';
import type { GraphAnswer, GraphPage } from './graph-client.js';

/**
 * The walk shared by the OU's own Facebook Page and Instagram account: list our recent posts (the
 * feed, or the media), then each post's comments, one Graph request per fetchPage. Comments newer
 * than the high-water mark are kept; the mark moves only when a whole walk is stored, so a run that
 * dies half way resumes the same walk. The mark stays a few minutes behind the walk's start, so a
 * comment written on an early post while later ones were being read is picked up next time; the
 * unique (platform, external_id) key makes the overlap harmless.
 */
export type OwnedWalkCursor = {
  /** ISO time: every comment at or before it is stored */
  high?: string;
  walk?: {
    startedAt: string;
    /** comments at or before this are not kept (the previous high, or the look-back limit) */
    floor: string;
    runHigh: string | null;
    parentsAfter: string | null;
    parentsDone: boolean;
    parents: ParentPost[];
    commentsAfter: string | null;
  };
};

export type ParsedComments = { posts: NormalizedPost[]; quarantined: BadItem[]; oldest: Date | null };

/** What one platform supplies to the walk. */
export type OwnedPlatform = {
  platform: string;
  listParents(after: string | null, signal?: AbortSignal): Promise<GraphAnswer<GraphPage>>;
  /** null: not one of ours to walk (no id); a post without a date is walked anyway */
  parseParent(raw: unknown): ParentPost | null;
  listComments(parentId: string, after: string | null, signal?: AbortSignal): Promise<GraphAnswer<GraphPage>>;
  parseComments(raw: unknown[], parent: ParentPost): ParsedComments;
  /** the comments edge answers newest first, so a page older than the floor ends that post's walk */
  newestFirst: boolean;
};

/** Comments are read on our posts of the last 30 days; older posts rarely get new comments. */
export const LOOKBACK_DAYS = 30;
const OVERLAP_MS = 5 * 60_000;
/** Past this usage percentage the walk pauses until the next run instead of pressing on. */
const USAGE_PAUSE_PERCENT = 95;
const PARENT_TEXT_MAX = 500;

function readCursor(cursor: Cursor): OwnedWalkCursor {
  const high = typeof cursor.high === 'string' ? cursor.high : undefined;
  const walk = cursor.walk as OwnedWalkCursor['walk'] | undefined;
  const valid =
    walk !== undefined &&
    typeof walk === 'object' &&
    walk !== null &&
    typeof walk.startedAt === 'string' &&
    typeof walk.floor === 'string' &&
    Array.isArray(walk.parents);
  return valid ? { high, walk } : { high };
}

export function trimParent(parent: ParentPost): ParentPost {
  return { ...parent, text: parent.text.slice(0, PARENT_TEXT_MAX) };
}

const later = (a: string | null, b: Date | null): string | null =>
  b === null ? a : a === null || new Date(a) < b ? b.toISOString() : a;

export async function fetchOwnedPage(
  owned: OwnedPlatform,
  cursor: Cursor,
  now: Date,
  signal?: AbortSignal,
): Promise<PageResult> {
  const state = readCursor(cursor);
  const lookback = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
  const walk = state.walk ?? {
    startedAt: now.toISOString(),
    floor: state.high && new Date(state.high) > lookback ? state.high : lookback.toISOString(),
    runHigh: null,
    parentsAfter: null,
    parentsDone: false,
    parents: [],
    commentsAfter: null,
  };
  const floor = new Date(walk.floor);
  let posts: NormalizedPost[] = [];
  let quarantined: BadItem[] = [];
  let next: NonNullable<OwnedWalkCursor['walk']>;
  let usage: number | null;

  const parent = walk.parents[0];
  if (parent) {
    const answer = await owned.listComments(parent.id, walk.commentsAfter, signal);
    if (!answer.ok && !(answer.kind === 'failed' && answer.unreadable)) return failure(answer, cursor);
    if (!answer.ok) {
      // Deleted or hidden since the walk listed it: asking again would fail the same way and hold
      // the walk on this post for ever, so it is noted for a person and the walk goes on.
      usage = null;
      quarantined = [
        {
          platform: owned.platform,
          externalId: null,
          payload: { parentPost: parent },
          error: `our post ${parent.id} can no longer be read, so its comments were skipped: ${answer.message}`,
        },
      ];
      next = { ...walk, commentsAfter: null, parents: walk.parents.slice(1) };
    } else {
      if (!Array.isArray(answer.body.data)) return notAList(cursor);
      usage = answer.usage;
      const raw = answer.body.data;
      const parsed = owned.parseComments(raw, parent);
      posts = parsed.posts.filter((p) => p.postedAt > floor);
      quarantined = parsed.quarantined;
      const after = answer.body.paging?.next ? (answer.body.paging.cursors?.after ?? null) : null;
      const more = after !== null && (!owned.newestFirst || parsed.oldest === null || parsed.oldest > floor);
      next = {
        ...walk,
        runHigh: posts.reduce((high, p) => later(high, p.postedAt), walk.runHigh),
        commentsAfter: more ? after : null,
        parents: more ? walk.parents : walk.parents.slice(1),
      };
    }
  } else if (!walk.parentsDone) {
    const answer = await owned.listParents(walk.parentsAfter, signal);
    if (!answer.ok) return failure(answer, cursor);
    if (!Array.isArray(answer.body.data)) return notAList(cursor);
    usage = answer.usage;
    const found: ParentPost[] = [];
    let oldest: Date | null = null;
    for (const item of answer.body.data) {
      const parsed = owned.parseParent(item);
      if (!parsed) {
        quarantined.push({
          platform: owned.platform,
          externalId: null,
          payload: item,
          error: 'a post of ours without an id',
        });
        continue;
      }
      const postedAt = parsed.postedAt ? new Date(parsed.postedAt) : null;
      if (postedAt && (oldest === null || postedAt < oldest)) oldest = postedAt;
      if (!postedAt || postedAt >= lookback) found.push(trimParent(parsed));
    }
    const after = answer.body.paging?.next ? (answer.body.paging.cursors?.after ?? null) : null;
    const more = after !== null && (oldest === null || oldest >= lookback);
    next = { ...walk, parents: [...walk.parents, ...found], parentsAfter: more ? after : null, parentsDone: !more };
  } else {
    next = walk;
    usage = null;
  }

  if (next.parentsDone && next.parents.length === 0) {
    const behindStart = new Date(new Date(walk.startedAt).getTime() - OVERLAP_MS);
    const candidate =
      next.runHigh === null ? null : new Date(Math.min(new Date(next.runHigh).getTime(), behindStart.getTime()));
    const high = candidate && (!state.high || candidate > new Date(state.high)) ? candidate.toISOString() : state.high;
    return { status: 'ok', posts, quarantined, cursor: high ? { high } : {}, done: true };
  }
  const paused = usage !== null && usage >= USAGE_PAUSE_PERCENT;
  return {
    status: 'ok',
    posts,
    quarantined,
    cursor: { ...(state.high ? { high: state.high } : {}), walk: next },
    done: paused,
  };
}

/**
 * A 200 without a list in `data` (a proxy's empty body): taken as a last page it would end the walk
 * and move the floor past what was never read, so it is retried like a failure.
 */
function notAList(cursor: Cursor): PageResult {
  return { status: 'failed', retryable: true, message: 'Graph API answered 200 without a list of items', cursor };
}

function failure(answer: Extract<GraphAnswer<unknown>, { ok: false }>, cursor: Cursor): PageResult {
  if (answer.kind === 'rate_limited') return { status: 'rate_limited', retryAt: answer.retryAt, cursor };
  return { status: 'failed', retryable: answer.retryable, message: answer.message, cursor };
}
