import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import { PlatformConnector } from '../platform-connector.js';
import type { Cursor, NormalizedPost, PageResult, WatchQuery } from '../source-connector.js';
import { type DemoPost, demoCorpus } from './demo-corpus.js';
import { demoOwnAccountComment, isDemoOwnAccountComment } from './demo-own-accounts.js';
import { demoPlatformPost, pickDemoPlatform } from './demo-platforms.js';

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 90;
const PAGE_SIZE = 100;
/** Released on the first polls as history; the rest trickles in a few per poll, then the corpus repeats. */
export const DEMO_BACKFILL = 1_000;

/** released: how many corpus positions have been replayed; backfillEndsAt: "now" of the first poll. */
type DemoCursor = { released: number; backfillEndsAt?: string };

function readCursor(cursor: Cursor): DemoCursor {
  const released = typeof cursor.released === 'number' && cursor.released >= 0 ? cursor.released : 0;
  const backfillEndsAt = typeof cursor.backfillEndsAt === 'string' ? cursor.backfillEndsAt : undefined;
  return { released, backfillEndsAt };
}

/** A deterministic 0–1 value per position, so a re-fetched page carries the same timestamps. */
function jitter(position: number): number {
  const x = Math.sin(position * 12.9898) * 43_758.5453;
  return x - Math.floor(x);
}

/**
 * Replays the bundled corpus so that a first start shows a living dashboard: 90 days of history
 * on the first polls, then 2–5 new posts at each poll. Every post it makes is marked is_demo.
 * About one in ten arrives as a comment on one of the OU's own pages (demo-own-accounts.ts).
 */
@Injectable()
export class DemoConnector extends PlatformConnector<'demo'> {
  readonly configured: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super('demo', { DEMO: config.ingest.demo });
    this.configured = config.ingest.demo;
  }

  async fetchPage(query: WatchQuery, cursor: Cursor): Promise<PageResult> {
    const at = readCursor(cursor);
    const now = new Date();
    // The corpus posts at positions [from, to), each posted when `postedAt` says.
    const release = (
      from: number,
      to: number,
      postedAt: (position: number) => Date,
      backfillEndsAt = at.backfillEndsAt,
    ): PageResult => {
      const corpus = demoCorpus();
      const posts: NormalizedPost[] = [];
      for (let position = from; position < to; position++) {
        const post = this.toPost(corpus[position % corpus.length]!, position, postedAt(position), query);
        if (post) posts.push(post);
      }
      return {
        status: 'ok',
        posts,
        quarantined: [],
        cursor: { released: to, backfillEndsAt },
        done: to >= DEMO_BACKFILL,
      };
    };
    if (at.released < DEMO_BACKFILL) {
      const endsAt = at.backfillEndsAt ? new Date(at.backfillEndsAt) : now;
      const upTo = Math.min(at.released + PAGE_SIZE, DEMO_BACKFILL);
      const postedAt = (position: number) => {
        const share = (position + jitter(position)) / DEMO_BACKFILL;
        return new Date(endsAt.getTime() - HISTORY_DAYS * DAY_MS * (1 - share));
      };
      return release(at.released, upTo, postedAt, endsAt.toISOString());
    }
    const count = 2 + Math.floor(jitter(at.released) * 4);
    return release(
      at.released,
      at.released + count,
      (position) => new Date(now.getTime() - Math.floor(jitter(position) * 50_000)),
    );
  }

  /**
   * The corpus post as the watch query would have found it on one platform, or null when the
   * query would not: another language, or an excluded term. A comment on our own pages counts
   * whatever the query says, as with the real own-page connectors.
   */
  private toPost(post: DemoPost, position: number, postedAt: Date, query: WatchQuery): NormalizedPost | null {
    if (isDemoOwnAccountComment(post, jitter(position + 307)))
      return demoOwnAccountComment(post, position, postedAt, {
        platform: jitter(position + 211),
        ourPost: jitter(position + 223),
        likes: jitter(position + 7),
      });
    if (query.language && query.language !== post.lang) return null;
    const text = matchesQuery(post.text, query) ? post.text : weaveTerm(post.text, query, position);
    if (excluded(text, query)) return null;
    const platform = pickDemoPlatform(jitter(position + 101));
    const shaped = demoPlatformPost(platform, post, position, postedAt);
    return {
      platform,
      // A post rewritten to carry this query's term is this query's own; the corpus post is shared.
      externalId: text === post.text ? `demo-${position}` : `demo-${position}-q${query.id}`,
      url: shaped.url,
      authorId: shaped.authorId,
      authorHandle: shaped.authorHandle,
      authorName: shaped.authorName,
      text,
      lang: post.lang,
      postedAt,
      conversationId: null,
      inReplyToId: null,
      metrics: {
        like_count: Math.floor(jitter(position + 7) * 40),
        [platform === 'x' ? 'retweet_count' : 'repost_count']: Math.floor(jitter(position + 3) * 8),
      },
      isDemo: true,
    };
  }
}

const lower = (value: string) => value.toLowerCase();

/** Whether a platform search for the query would return this text: any phrase, @handle or #hashtag in it. */
export function matchesQuery(text: string, query: Pick<WatchQuery, 'phrases' | 'handles' | 'hashtags'>): boolean {
  const haystack = lower(text);
  return (
    query.phrases.some((p) => haystack.includes(lower(p))) ||
    query.handles.some((h) => haystack.includes(`@${lower(h)}`)) ||
    query.hashtags.some((h) => haystack.includes(`#${lower(h)}`))
  );
}

function excluded(text: string, query: Pick<WatchQuery, 'exclusions'>): boolean {
  const haystack = lower(text);
  return query.exclusions.some((e) => e.trim() && haystack.includes(lower(e.trim())));
}

/**
 * Puts one of the query's terms into a corpus post that has none, the way people write it: a
 * phrase in place of "OU" (or after the post), a handle addressed at the start, a hashtag at the end.
 */
function weaveTerm(
  text: string,
  query: Pick<WatchQuery, 'phrases' | 'handles' | 'hashtags'>,
  position: number,
): string {
  const terms = [
    ...query.phrases.map((value) => ({ kind: 'phrase' as const, value })),
    ...query.handles.map((value) => ({ kind: 'handle' as const, value })),
    ...query.hashtags.map((value) => ({ kind: 'hashtag' as const, value })),
  ];
  const term = terms[position % terms.length];
  if (!term) return text;
  switch (term.kind) {
    case 'phrase':
      return /\bOU\b/.test(text) ? text.replace(/\bOU\b/, term.value) : `${text} (${term.value})`;
    case 'handle':
      return `@${term.value} ${text}`;
    case 'hashtag':
      return `${text} #${term.value}`;
  }
}
