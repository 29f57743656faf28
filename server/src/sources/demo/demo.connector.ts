import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { Cursor, NormalizedPost, PageResult, SourceConnector, WatchQuery } from '../source-connector.js';
import { type DemoPost, demoCorpus } from './demo-corpus.js';

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
 */
@Injectable()
export class DemoConnector implements SourceConnector {
  readonly kind = 'demo' as const;
  readonly configured: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.configured = config.ingest.demo;
  }

  async fetchPage(query: WatchQuery, cursor: Cursor): Promise<PageResult> {
    const at = readCursor(cursor);
    const corpus = demoCorpus();
    const now = new Date();
    if (at.released < DEMO_BACKFILL) {
      const endsAt = at.backfillEndsAt ? new Date(at.backfillEndsAt) : now;
      const upTo = Math.min(at.released + PAGE_SIZE, DEMO_BACKFILL);
      const posts: NormalizedPost[] = [];
      for (let position = at.released; position < upTo; position++) {
        const share = (position + jitter(position)) / DEMO_BACKFILL;
        const postedAt = new Date(endsAt.getTime() - HISTORY_DAYS * DAY_MS * (1 - share));
        posts.push(this.toPost(corpus[position % corpus.length]!, position, postedAt));
      }
      return {
        status: 'ok',
        posts: this.withoutExclusions(posts, query),
        quarantined: [],
        cursor: { released: upTo, backfillEndsAt: endsAt.toISOString() },
        done: upTo >= DEMO_BACKFILL,
      };
    }
    const count = 2 + Math.floor(jitter(at.released) * 4);
    const posts: NormalizedPost[] = [];
    for (let position = at.released; position < at.released + count; position++) {
      const postedAt = new Date(now.getTime() - Math.floor(jitter(position) * 50_000));
      posts.push(this.toPost(corpus[position % corpus.length]!, position, postedAt));
    }
    return {
      status: 'ok',
      posts: this.withoutExclusions(posts, query),
      quarantined: [],
      cursor: { released: at.released + count, backfillEndsAt: at.backfillEndsAt },
      done: true,
    };
  }

  private toPost(post: DemoPost, position: number, postedAt: Date): NormalizedPost {
    return {
      platform: 'demo',
      externalId: `demo-${position}`,
      url: null,
      authorId: `demo-author-${post.authorHandle}`,
      authorHandle: post.authorHandle,
      authorName: post.authorName,
      text: post.text,
      lang: post.lang,
      postedAt,
      conversationId: null,
      inReplyToId: null,
      metrics: {
        like_count: Math.floor(jitter(position + 7) * 40),
        retweet_count: Math.floor(jitter(position + 3) * 8),
      },
      isDemo: true,
    };
  }

  private withoutExclusions(posts: NormalizedPost[], query: WatchQuery): NormalizedPost[] {
    const exclusions = query.exclusions.map((e) => e.trim().toLowerCase()).filter(Boolean);
    if (exclusions.length === 0) return posts;
    return posts.filter((post) => !exclusions.some((term) => post.text.toLowerCase().includes(term)));
  }
}
