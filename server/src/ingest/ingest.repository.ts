import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IngestRunStatus } from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { BadItem, Cursor, NormalizedPost } from '../sources/source-connector.js';
import { CursorMoved } from './ingest.errors.js';
import { cleanJson, cleanText } from './post-sanitizer.js';
import { selectRows } from '../database/sql.js';

/** A post with its verdict, ready to insert. */
export type ClassifiedPost = {
  post: NormalizedPost;
  topCategory: string | null;
  riskScore: number;
  modelVersion: string;
  categories: { category: string; score: number; evidence: unknown }[];
  /** urgent categories the model was unsure about (issue 21): not flagged, shown in Second look */
  secondLook: string[];
};

/** SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation): the row, not the database. */
function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}

// pg_try_advisory_lock(INGEST_LOCK_CLASS, source id): one poller per source across replicas.
export const INGEST_LOCK_CLASS = 7_404_002;

export type PageCounts = { fetched: number; inserted: number; duplicates: number; quarantined: number };

@Injectable()
export class IngestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs work holding the source's session-level advisory lock, which PostgreSQL releases if this
   * process or the lock's connection dies; null, without running it, when another run holds it.
   * Work gets stillLocked, which throws once the lock's connection is gone.
   */
  async withSourceLock<T>(sourceId: string, work: (stillLocked: () => Promise<void>) => Promise<T>): Promise<T | null> {
    const lockRunner = this.dataSource.createQueryRunner();
    try {
      await lockRunner.connect();
      const [lock] = await selectRows<{ locked: boolean }>(
        lockRunner,
        'SELECT pg_try_advisory_lock($1, $2::int) AS locked',
        [INGEST_LOCK_CLASS, sourceId],
      );
      if (!lock?.locked) return null;
      try {
        // If the lock's connection dies, PostgreSQL frees the lock and another replica may start:
        // work checks before committing each page, and stops rather than race it.
        const stillLocked = async () => {
          await lockRunner.query('SELECT 1').catch(() => {
            throw new Error('lost the connection holding the source lock');
          });
        };
        return await work(stillLocked);
      } finally {
        await lockRunner
          .query('SELECT pg_advisory_unlock($1, $2::int)', [INGEST_LOCK_CLASS, sourceId])
          .catch(() => undefined); // a dead connection has released the lock already
      }
    } finally {
      await lockRunner.release().catch(() => undefined);
    }
  }

  async startRun(sourceId: string): Promise<string> {
    const [row] = await selectRows<{ id: string }>(
      this.dataSource,
      `INSERT INTO ingest_runs (source_id) VALUES ($1) RETURNING id::text AS id`,
      [sourceId],
    );
    return row!.id;
  }

  /** Runs left 'running' by a process that died; called while holding the source's lock, so none is live. */
  async failInterruptedRuns(sourceId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE ingest_runs SET status = 'failed', finished_at = now(), error = 'interrupted (process or connection lost)'
       WHERE source_id = $1 AND status = 'running'`,
      [sourceId],
    );
  }

  async finishRun(
    runId: string,
    outcome: { status: Exclude<IngestRunStatus, 'running'>; error: string | null; retryAt: Date | null },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE ingest_runs SET status = $2, error = $3, retry_at = $4, finished_at = now() WHERE id = $1`,
      [runId, outcome.status, outcome.error, outcome.retryAt],
    );
  }

  async readRun(runId: string): Promise<PageCounts> {
    const [row] = await selectRows<PageCounts>(
      this.dataSource,
      `SELECT fetched, inserted, duplicates, quarantined FROM ingest_runs WHERE id = $1`,
      [runId],
    );
    return row!;
  }

  async setRetryAt(sourceId: string, retryAt: Date | null): Promise<void> {
    await this.dataSource.query(`UPDATE sources SET retry_at = $2 WHERE id = $1`, [sourceId, retryAt]);
  }

  /** The stored cursor, creating an empty one the first time a (source, query) pair is polled. */
  async cursorFor(sourceId: string, queryId: string): Promise<Cursor> {
    await this.dataSource.query(
      `INSERT INTO source_cursors (source_id, query_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [sourceId, queryId],
    );
    const [row] = await selectRows<{ cursor: Cursor }>(
      this.dataSource,
      `SELECT cursor FROM source_cursors WHERE source_id = $1 AND query_id = $2`,
      [sourceId, queryId],
    );
    return row!.cursor;
  }

  /**
   * Stores one page and moves the cursor past it in a single transaction: either the rows and the
   * new cursor are both committed, or neither is. The cursor moves only from the value this run
   * read (compare-and-set), so a second poller that somehow got past the lock cannot rewind it.
   */
  async storePage(page: {
    runId: string;
    sourceId: string;
    queryId: string;
    from: Cursor;
    to: Cursor;
    posts: ClassifiedPost[];
    quarantined: BadItem[];
    fetched: number;
  }): Promise<PageCounts> {
    return this.dataSource.transaction(async (tx) => {
      // A CTE, because TypeORM answers a bare UPDATE with [rows, count] rather than rows.
      const [moved] = await selectRows<{ n: number }>(
        tx,
        `WITH moved AS (UPDATE source_cursors SET cursor = $4::jsonb, updated_at = now()
                        WHERE source_id = $1 AND query_id = $2 AND cursor = $3::jsonb RETURNING 1)
         SELECT count(*)::int AS n FROM moved`,
        [page.sourceId, page.queryId, JSON.stringify(page.from), JSON.stringify(page.to)],
      );
      if (moved?.n !== 1) throw new CursorMoved(page.sourceId, page.queryId);

      const { inserted, refused } = await this.insertMentionsOrQuarantine(tx, page.sourceId, page.posts);
      const quarantined = [...page.quarantined, ...refused];
      await this.insertQuarantine(tx, page.sourceId, page.runId, quarantined);
      const counts: PageCounts = {
        fetched: page.fetched,
        inserted,
        duplicates: page.posts.length - refused.length - inserted,
        quarantined: quarantined.length,
      };
      await tx.query(
        `UPDATE ingest_runs SET fetched = fetched + $2, inserted = inserted + $3, duplicates = duplicates + $4,
                                quarantined = quarantined + $5
         WHERE id = $1`,
        [page.runId, counts.fetched, counts.inserted, counts.duplicates, counts.quarantined],
      );
      return counts;
    });
  }

  /**
   * The page in one statement; if the database refuses it, each post on its own, so that the one
   * it refuses goes to the quarantine with the reason and the rest are stored (issue 12 §8).
   * Savepoints keep the page's transaction, and so the cursor, intact either way.
   */
  private async insertMentionsOrQuarantine(
    tx: EntityManager,
    sourceId: string,
    posts: ClassifiedPost[],
  ): Promise<{ inserted: number; refused: BadItem[] }> {
    await tx.query('SAVEPOINT page');
    try {
      const inserted = await this.insertMentions(tx, sourceId, posts);
      await tx.query('RELEASE SAVEPOINT page');
      return { inserted, refused: [] };
    } catch (error) {
      // Only the data can be at fault post by post; a lost connection or a lock timeout fails the page.
      if (!isDataError(error)) throw error;
      await tx.query('ROLLBACK TO SAVEPOINT page');
    }
    let inserted = 0;
    const refused: BadItem[] = [];
    for (const post of posts) {
      await tx.query('SAVEPOINT post');
      try {
        inserted += await this.insertMentions(tx, sourceId, [post]);
        await tx.query('RELEASE SAVEPOINT post');
      } catch (error) {
        if (!isDataError(error)) throw error;
        await tx.query('ROLLBACK TO SAVEPOINT post');
        const code = (error as { code?: unknown }).code;
        refused.push({
          platform: post.post.platform,
          externalId: post.post.externalId,
          payload: post.post,
          error: `the database refused the post${typeof code === 'string' ? ` (SQLSTATE ${code})` : ''}`,
        });
      }
    }
    return { inserted, refused };
  }

  /**
   * One statement for a page: a multi-row insert of the mentions and, in a CTE joined to the rows
   * that insert returns, of their classifications, so only new mentions get verdicts and nothing
   * travels back to be sent again. Returns how many mentions were new.
   */
  private async insertMentions(tx: EntityManager, sourceId: string, posts: ClassifiedPost[]): Promise<number> {
    if (posts.length === 0) return 0;
    const column = <T>(get: (p: ClassifiedPost) => T): T[] => posts.map(get);
    // A post repeated within a page is inserted once: its first occurrence wins, verdict included.
    const seen = new Set<string>();
    const classification = {
      platforms: [] as string[],
      externalIds: [] as string[],
      categories: [] as string[],
      scores: [] as number[],
      evidence: [] as string[],
      versions: [] as string[],
    };
    for (const p of posts) {
      const key = `${p.post.platform}\u0001${p.post.externalId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const result of p.categories) {
        classification.platforms.push(p.post.platform);
        classification.externalIds.push(p.post.externalId);
        classification.categories.push(result.category);
        classification.scores.push(result.score);
        classification.evidence.push(JSON.stringify(result.evidence));
        classification.versions.push(p.modelVersion);
      }
    }
    const [row] = await selectRows<{ n: number }>(
      tx,
      `WITH inserted AS (
         INSERT INTO mentions (platform, external_id, source_id, is_demo, url, author_id, author_handle, author_name,
                               text, lang, posted_at, conversation_id, in_reply_to_id, metrics, top_category, risk_score,
                               categories, second_look, on_own_account, own_context)
         SELECT platform, external_id, $3::bigint, is_demo, url, author_id, author_handle, author_name,
                text, lang, posted_at, conversation_id, in_reply_to_id, metrics, top_category, risk_score,
                string_to_array(categories, ','), string_to_array(second_look, ','), own_context IS NOT NULL, own_context
         FROM unnest($1::text[], $2::text[], $4::boolean[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::timestamptz[], $12::text[], $13::text[], $14::jsonb[], $15::text[], $16::real[],
                     $23::text[], $24::text[], $25::jsonb[])
              AS p(platform, external_id, is_demo, url, author_id, author_handle, author_name, text, lang, posted_at,
                   conversation_id, in_reply_to_id, metrics, top_category, risk_score, categories, second_look,
                   own_context)
         ON CONFLICT (platform, external_id) DO NOTHING
         RETURNING id, platform, external_id
       ), verdicts AS (
         INSERT INTO classifications (mention_id, category, score, evidence, model_version)
         SELECT m.id, c.category, c.score, c.evidence, c.model_version
         FROM unnest($17::text[], $18::text[], $19::text[], $20::real[], $21::jsonb[], $22::text[])
              AS c(platform, external_id, category, score, evidence, model_version)
         JOIN inserted m ON m.platform = c.platform AND m.external_id = c.external_id
       )
       SELECT count(*)::int AS n FROM inserted`,
      [
        column((p) => p.post.platform),
        column((p) => p.post.externalId),
        sourceId,
        column((p) => p.post.isDemo),
        column((p) => p.post.url),
        column((p) => p.post.authorId),
        column((p) => p.post.authorHandle),
        column((p) => p.post.authorName),
        column((p) => p.post.text),
        column((p) => p.post.lang),
        column((p) => p.post.postedAt.toISOString()),
        column((p) => p.post.conversationId),
        column((p) => p.post.inReplyToId),
        column((p) => JSON.stringify(p.post.metrics)),
        column((p) => p.topCategory),
        column((p) => p.riskScore),
        classification.platforms,
        classification.externalIds,
        classification.categories,
        classification.scores,
        classification.evidence,
        classification.versions,
        // mentions.categories as the classifications trigger would set it (sort() is code-unit order,
        // COLLATE "C" for these ASCII codes), written with the row so that trigger finds nothing to
        // change: an update would write every index again.
        column((p) => [...new Set(p.categories.map((c) => c.category))].sort().join(',')),
        // Joined like categories, because unnest cannot take an array of arrays of differing lengths.
        column((p) => [...new Set(p.secondLook)].sort().join(',')),
        // Comments on the OU's own pages (issue 16): where they were left, and what the platform allows.
        column((p) => (p.post.ownAccount ? JSON.stringify(cleanJson(p.post.ownAccount)) : null)),
      ],
    );
    return row?.n ?? 0;
  }

  private async insertQuarantine(tx: EntityManager, sourceId: string, runId: string, items: BadItem[]): Promise<void> {
    if (items.length === 0) return;
    await tx.query(
      `INSERT INTO quarantine (source_id, run_id, platform, external_id, payload, error)
       SELECT $1::bigint, $2::bigint, platform, external_id, payload, error
       FROM unnest($3::text[], $4::text[], $5::jsonb[], $6::text[]) AS q(platform, external_id, payload, error)`,
      [
        sourceId,
        runId,
        items.map((i) => cleanText(String(i.platform), 40)),
        items.map((i) => (i.externalId === null ? null : cleanText(String(i.externalId), 200))),
        items.map((i) => JSON.stringify(cleanJson(i.payload))),
        items.map((i) => cleanText(i.error, 2000)),
      ],
    );
  }
}
