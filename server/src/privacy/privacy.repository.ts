import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DeletionCheckView,
  LegalHoldEntry,
  RetentionCounts,
  RetentionRunView,
  SubjectAccessExport,
} from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fromSnakeRow, type SnakeCased } from '../database/rows.js';
import { iso, returnedRows, selectRow, selectRows } from '../database/sql.js';
import type { PastCheck } from './deletion-check-schedule.js';

/** What one retention batch deleted, handed over inside its transaction. */
export type DeletedBatch = { mentionIds: string[]; escalationIds: string[] };
export type AfterDelete = (deleted: DeletedBatch, tx: EntityManager) => Promise<unknown>;

/** An erasure waiting for a hold: the author by their suppression hash, and the post the case is about. */
export type PendingErasureRow = { author_hash: string; requested_at: string; mention_id: string | null };

/** The mention classes the schedule deletes, in the order a pass runs them. */
export type MentionClass = 'harmless' | 'flagged' | 'acted' | 'closedCase';

/** A post has a case, any case. */
const HAS_CASE = `EXISTS (SELECT 1 FROM escalations e WHERE e.mention_id = m.id)`;
/** Somebody did something with it: a mark, a note, hiding, reviewing, any recorded first action. */
const ACTED_ON = `(m.first_action_at IS NOT NULL OR m.status <> 'new' OR m.hidden
  OR EXISTS (SELECT 1 FROM mention_marks k WHERE k.mention_id = m.id)
  OR EXISTS (SELECT 1 FROM notes n WHERE n.mention_id = m.id))`;
const FLAGGED = `(m.top_category IS NOT NULL OR m.second_look <> '{}')`;

/**
 * Which mentions are due, as a WHERE clause over `mentions m` with $1 the time now and $2 the days
 * kept. A post under a case is never due by the other classes; one with an open or held case never.
 */
const DUE: Record<MentionClass, string> = {
  harmless: `NOT ${HAS_CASE} AND NOT ${FLAGGED} AND NOT ${ACTED_ON}
             AND m.ingested_at < $1::timestamptz - make_interval(days => $2::int)`,
  flagged: `NOT ${HAS_CASE} AND ${FLAGGED} AND NOT ${ACTED_ON}
            AND m.ingested_at < $1::timestamptz - make_interval(days => $2::int)`,
  acted: `NOT ${HAS_CASE} AND ${ACTED_ON}
          AND m.ingested_at < $1::timestamptz - make_interval(days => $2::int)`,
  closedCase: `${HAS_CASE}
          AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.mention_id = m.id
                          AND (e.status <> 'closed' OR e.legal_hold
                               OR e.closed_at >= $1::timestamptz - make_interval(days => $2::int)))`,
};

/** Closed cases whose post is already gone (deleted on the platform, or by hand): due on their own. */
const DUE_ORPHAN_CASE = `e.mention_id IS NULL AND e.status = 'closed' AND NOT e.legal_hold
  AND e.closed_at < $1::timestamptz - make_interval(days => $2::int)`;

type IdRow = { id: string };
type CountRow = { n: number };
/** A case about an author's post, and whether a legal hold keeps it. */
export type CaseRow = { id: string; mentionId: string | null; held: boolean };
type CaseDbRow = { id: string; mention_id: string | null; legal_hold: boolean };
const toCase = (r: CaseDbRow): CaseRow => ({ id: r.id, mentionId: r.mention_id, held: r.legal_hold });

/** A stored post's identity, for the platform deletion check. */
export type StoredPost = { id: string; externalId: string };

type RunRow = {
  id: string;
  started_at: Date;
  finished_at: Date | null;
  counts: Partial<RetentionCounts>;
  error: string | null;
};
type CheckRow = {
  id: string;
  platform: string;
  started_at: Date;
  finished_at: Date | null;
  status: DeletionCheckView['status'];
  checked: number;
  removed: number;
  kept_held: number;
  error: string | null;
};

export type AuthorMatch = { platform: string; authorId: string | null; handle: string | null };

/**
 * Every delete of personal data goes through here, so no table is forgotten: mentions (with their
 * classifications, marks and notes by cascade), cases and their evidence, quarantined payloads.
 */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Deletes in this transaction leave the trends' rollups as they are (see the DataProtection migration). */
  async keepRollups(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT set_config('ou.keep_rollups', 'on', true)`);
  }

  // ---- retention ---------------------------------------------------------------------------

  async countDueMentions(klass: MentionClass, now: Date, days: number): Promise<number> {
    const [row] = await selectRows<CountRow>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM mentions m WHERE ${DUE[klass]}`,
      [now, days],
    );
    return row?.n ?? 0;
  }

  /** One batch of a class: its cases first (their notes and notices cascade), then the posts. */
  /**
   * Deletes up to `limit` posts due under `klass` and their cases; `afterDelete` runs in the same
   * transaction with what went, so the audit log's free text about them goes with them.
   */
  async deleteDueMentions(
    klass: MentionClass,
    now: Date,
    days: number,
    limit: number,
    afterDelete: AfterDelete,
  ): Promise<number> {
    return this.transaction(async (tx) => {
      await this.keepRollups(tx);
      const ids = await selectRows<IdRow>(
        tx,
        `SELECT m.id::text FROM mentions m WHERE ${DUE[klass]} ORDER BY m.id LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [now, days, limit],
      );
      if (ids.length === 0) return 0;
      const list = ids.map((r) => r.id);
      const cases = returnedRows<IdRow>(
        await tx.query(`DELETE FROM escalations WHERE mention_id = ANY($1::bigint[]) RETURNING id::text`, [list]),
      );
      await tx.query(`DELETE FROM mentions WHERE id = ANY($1::bigint[])`, [list]);
      await afterDelete({ mentionIds: list, escalationIds: cases.map((c) => c.id) }, tx);
      return list.length;
    });
  }

  async countDueOrphanCases(now: Date, days: number): Promise<number> {
    const [row] = await selectRows<CountRow>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM escalations e WHERE ${DUE_ORPHAN_CASE}`,
      [now, days],
    );
    return row?.n ?? 0;
  }

  async deleteDueOrphanCases(now: Date, days: number, limit: number, afterDelete: AfterDelete): Promise<number> {
    return this.transaction(async (tx) => {
      const rows = returnedRows<IdRow>(
        await tx.query(
          `DELETE FROM escalations WHERE id IN (SELECT e.id FROM escalations e WHERE ${DUE_ORPHAN_CASE} ORDER BY e.id LIMIT $3)
         RETURNING id::text`,
          [now, days, limit],
        ),
      );
      if (rows.length > 0) await afterDelete({ mentionIds: [], escalationIds: rows.map((r) => r.id) }, tx);
      return rows.length;
    });
  }

  async countDueQuarantine(now: Date, days: number): Promise<number> {
    const [row] = await selectRows<CountRow>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM quarantine WHERE created_at < $1::timestamptz - make_interval(days => $2::int)`,
      [now, days],
    );
    return row?.n ?? 0;
  }

  async deleteDueQuarantine(now: Date, days: number, limit: number): Promise<number> {
    const rows = returnedRows<IdRow>(
      await this.dataSource.query(
        `DELETE FROM quarantine WHERE id IN (SELECT id FROM quarantine
         WHERE created_at < $1::timestamptz - make_interval(days => $2::int) ORDER BY id LIMIT $3)
       RETURNING id::text`,
        [now, days, limit],
      ),
    );
    return rows.length;
  }

  /** Sign-in throttle windows that ended before `endedBefore`: they hold an address or e-mail and no longer count. */
  async countSpentThrottles(endedBefore: Date): Promise<number> {
    const [row] = await selectRows<CountRow>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM sign_in_throttle WHERE window_started_at < $1`,
      [endedBefore],
    );
    return row?.n ?? 0;
  }

  async deleteSpentThrottles(endedBefore: Date): Promise<number> {
    const rows = returnedRows<{ key: string }>(
      await this.dataSource.query(`DELETE FROM sign_in_throttle WHERE window_started_at < $1 RETURNING key`, [
        endedBefore,
      ]),
    );
    return rows.length;
  }

  /** pg_try_advisory_lock on a dedicated connection: one replica runs a job at a time. */
  async withJobLock<T>(lockClass: number, lockId: number, work: () => Promise<T>): Promise<T | undefined> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [lock] = await selectRows<{
        locked: boolean;
      }>(runner, 'SELECT pg_try_advisory_lock($1, $2) AS locked', [lockClass, lockId]);
      if (!lock?.locked) return undefined;
      try {
        return await work();
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1, $2)', [lockClass, lockId]).catch(() => undefined);
      }
    } finally {
      await runner.release();
    }
  }

  async startRun(at: Date): Promise<string> {
    const [row] = await selectRows<IdRow>(
      this.dataSource,
      `INSERT INTO retention_runs (started_at) VALUES ($1) RETURNING id::text`,
      [at],
    );
    return row!.id;
  }

  async finishRun(id: string, at: Date, counts: Partial<RetentionCounts>, error: string | null): Promise<void> {
    await this.dataSource.query(`UPDATE retention_runs SET finished_at = $2, counts = $3, error = $4 WHERE id = $1`, [
      id,
      at,
      JSON.stringify(counts),
      error,
    ]);
  }

  /** When the last retention pass (or the last check of a platform) started, if ever. */
  async lastStart(platform?: string): Promise<Date | null> {
    const rows: { at: Date | null }[] = platform
      ? await this.dataSource.query(`SELECT max(started_at) AS at FROM deletion_checks WHERE platform = $1`, [platform])
      : await this.dataSource.query(`SELECT max(started_at) AS at FROM retention_runs`);
    return rows[0]?.at ?? null;
  }

  async recentRuns(limit: number): Promise<RetentionRunView[]> {
    const rows = await selectRows<RunRow>(
      this.dataSource,
      `SELECT id::text, started_at, finished_at, counts, error FROM retention_runs ORDER BY retention_runs.id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      id: r.id,
      startedAt: r.started_at.toISOString(),
      finishedAt: r.finished_at?.toISOString() ?? null,
      counts: r.counts,
      error: r.error,
    }));
  }

  // ---- legal holds -------------------------------------------------------------------------

  /** The cases under a legal hold and their posts: their audit rows outlive the audit log's schedule. */
  async heldTargets(): Promise<{ mentionIds: string[]; escalationIds: string[] }> {
    const rows = await selectRows<{ id: string; mention_id: string | null }>(
      this.dataSource,
      `SELECT id::text, mention_id::text FROM escalations WHERE legal_hold ORDER BY escalations.id`,
    );
    return {
      escalationIds: rows.map((r) => r.id),
      mentionIds: rows.map((r) => r.mention_id).filter((id): id is string => id !== null),
    };
  }

  async lockCase(id: string, tx: EntityManager): Promise<{ legalHold: boolean } | undefined> {
    const rows = await selectRows<{ legal_hold: boolean }>(
      tx,
      `SELECT legal_hold FROM escalations WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ? { legalHold: rows[0].legal_hold } : undefined;
  }

  async setHold(id: string, reason: string, by: string, at: Date, tx: EntityManager): Promise<void> {
    await tx.query(`UPDATE escalations SET legal_hold = true, updated_at = $2 WHERE id = $1`, [id, at]);
    await tx.query(`INSERT INTO legal_holds (escalation_id, reason, set_by, set_at) VALUES ($1, $2, $3, $4)`, [
      id,
      reason,
      by,
      at,
    ]);
  }

  async releaseHold(id: string, reason: string, by: string, at: Date, tx: EntityManager): Promise<void> {
    await tx.query(`UPDATE escalations SET legal_hold = false, updated_at = $2 WHERE id = $1`, [id, at]);
    await tx.query(
      `UPDATE legal_holds SET released_at = $3, released_by = $2, release_reason = $4
        WHERE escalation_id = $1 AND released_at IS NULL`,
      [id, by, at, reason],
    );
  }

  /** Remembers an erasure a hold kept this case from, for when the hold is released. */
  async deferErasure(escalationIds: string[], authorHash: string, by: string | null, tx: EntityManager): Promise<void> {
    if (escalationIds.length === 0) return;
    await tx.query(
      `INSERT INTO pending_erasures (escalation_id, author_hash, requested_by)
       SELECT unnest($1::bigint[]), $2, $3 ON CONFLICT (escalation_id) DO NOTHING`,
      [escalationIds, authorHash, by],
    );
  }

  /** The erasure waiting for this case's hold to go, if one is. */
  async pendingErasure(id: string, tx?: EntityManager): Promise<PendingErasureRow | undefined> {
    const rows = await selectRows<PendingErasureRow>(
      tx ?? this.dataSource,
      `SELECT p.author_hash, ${iso('p.requested_at')} AS requested_at, e.mention_id::text AS mention_id
         FROM pending_erasures p JOIN escalations e ON e.id = p.escalation_id WHERE p.escalation_id = $1`,
      [id],
    );
    return rows[0];
  }

  async holdHistory(id: string): Promise<LegalHoldEntry[]> {
    const rows = await selectRows<SnakeCased<LegalHoldEntry>>(
      this.dataSource,
      `SELECT h.reason, s.email AS set_by, ${iso('h.set_at')} AS set_at, r.email AS released_by,
              ${iso('h.released_at')} AS released_at, h.release_reason
         FROM legal_holds h LEFT JOIN users s ON s.id = h.set_by LEFT JOIN users r ON r.id = h.released_by
        WHERE h.escalation_id = $1 ORDER BY h.id`,
      [id],
    );
    return rows.map(fromSnakeRow<LegalHoldEntry>);
  }

  // ---- erasure and subject access ----------------------------------------------------------

  /** The author's id as stored with their posts, when only a handle is known. */
  async authorIdsForHandle(platform: string, handle: string): Promise<string[]> {
    const rows = await selectRows<{ author_id: string }>(
      this.dataSource,
      `SELECT DISTINCT author_id FROM mentions
        WHERE platform = $1 AND lower(author_handle) = lower($2) AND author_id IS NOT NULL`,
      [platform, handle],
    );
    return rows.map((r) => r.author_id);
  }

  /** Posts by the author: by id, and by handle for posts stored without an id. */
  async authorMentionIds(author: AuthorMatch, tx: EntityManager): Promise<string[]> {
    const rows = await selectRows<IdRow>(
      tx,
      `SELECT id::text FROM mentions
        WHERE platform = $1 AND (author_id = $2 OR ($3::text IS NOT NULL AND lower(author_handle) = lower($3)))
        ORDER BY mentions.id FOR UPDATE`,
      [author.platform, author.authorId, author.handle],
    );
    return rows.map((r) => r.id);
  }

  /** The handles these posts were stored under (an author may have changed theirs). */
  async handlesOf(mentionIds: string[], tx: EntityManager): Promise<string[]> {
    const rows = await selectRows<{ author_handle: string }>(
      tx,
      `SELECT DISTINCT author_handle FROM mentions WHERE id = ANY($1::bigint[]) AND author_handle IS NOT NULL`,
      [mentionIds],
    );
    return rows.map((r) => r.author_handle);
  }

  /** Cases about these posts, or whose evidence names the author (their post may be gone already). */
  async authorCases(author: AuthorMatch, mentionIds: string[], tx: EntityManager): Promise<CaseRow[]> {
    const rows = await selectRows<CaseDbRow>(
      tx,
      `SELECT id::text, mention_id::text, legal_hold FROM escalations
        WHERE mention_id = ANY($1::bigint[])
           OR (evidence->>'platform' = $2 AND (evidence->>'authorId' = $3
               OR ($4::text IS NOT NULL AND lower(evidence->>'authorHandle') = lower($4))))
        FOR UPDATE`,
      [mentionIds, author.platform, author.authorId, author.handle],
    );
    return rows.map(toCase);
  }

  /**
   * Cases go with the erased author's posts. Privacy deletes them itself rather than through
   * EscalationsService: the ingest, privacy and retention CLIs erase too, and escalations bring
   * reports, the classifier and notifications with them.
   */
  async deleteCases(ids: string[], tx: EntityManager): Promise<number> {
    if (ids.length === 0) return 0;
    const rows = returnedRows<IdRow>(
      await tx.query(`DELETE FROM escalations WHERE id = ANY($1::bigint[]) RETURNING id::text`, [ids]),
    );
    return rows.length;
  }

  async deleteMentions(ids: string[], tx: EntityManager): Promise<number> {
    if (ids.length === 0) return 0;
    const rows = returnedRows<IdRow>(
      await tx.query(`DELETE FROM mentions WHERE id = ANY($1::bigint[]) RETURNING id::text`, [ids]),
    );
    return rows.length;
  }

  /** The author's rows in Trends' author-day rollup (mention_author_days holds handles, not ids). */
  async deleteAuthorDays(platform: string, handles: (string | null)[], tx: EntityManager): Promise<void> {
    const wanted = [...new Set(handles.filter((h): h is string => !!h).map((h) => h.toLowerCase()))];
    if (wanted.length === 0) return;
    await tx.query(`DELETE FROM mention_author_days WHERE platform = $1 AND lower(author_handle) = ANY($2::text[])`, [
      platform,
      wanted,
    ]);
  }

  /** Quarantined payloads from the platform that carry the author's id or handle anywhere. */
  async deleteQuarantineNaming(platform: string, needles: string[], tx: EntityManager): Promise<number> {
    if (needles.length === 0) return 0;
    const rows = returnedRows<IdRow>(
      await tx.query(
        `DELETE FROM quarantine q WHERE q.platform = $1
         AND EXISTS (SELECT 1 FROM unnest($2::text[]) AS n(v)
                     WHERE strpos(lower(q.payload::text), lower('"' || n.v || '"')) > 0
                        OR strpos(lower(q.payload::text), lower('"@' || n.v || '"')) > 0)
       RETURNING id::text`,
        [platform, needles],
      ),
    );
    return rows.length;
  }

  async mentionPlatform(id: string, tx: EntityManager): Promise<{ platform: string } | undefined> {
    const rows = await selectRows<{ platform: string }>(tx, `SELECT platform FROM mentions WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
    return rows[0];
  }

  async casesOfMention(id: string, tx: EntityManager): Promise<CaseRow[]> {
    const rows = await selectRows<CaseDbRow>(
      tx,
      `SELECT id::text, mention_id::text, legal_hold FROM escalations WHERE mention_id = $1 FOR UPDATE`,
      [id],
    );
    return rows.map(toCase);
  }

  /** Every row about the author, as stored (subject access). */
  async exportAuthor(
    author: AuthorMatch,
  ): Promise<
    Omit<SubjectAccessExport, 'platform' | 'authorId' | 'exportedAt' | 'suppressed' | 'watchlist' | 'accountReports'>
  > {
    const q = <T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> =>
      this.dataSource.query(sql, params);
    const byAuthor = `platform = $1 AND (author_id = $2 OR ($3::text IS NOT NULL AND lower(author_handle) = lower($3)))`;
    const params = [author.platform, author.authorId, author.handle];
    const mentions = await q(
      `SELECT id::text, platform, external_id, url, author_id, author_handle, author_name, text, lang, posted_at,
              ingested_at, conversation_id, in_reply_to_id, metrics, status, hidden, top_category, risk_score,
              categories, second_look
         FROM mentions WHERE ${byAuthor} ORDER BY mentions.id`,
      params,
    );
    const ids = mentions.map((m) => m.id as string);
    const handles = [
      ...new Set(mentions.map((m) => m.author_handle).filter((h): h is string => typeof h === 'string')),
    ];
    const classifications = await q(
      `SELECT mention_id::text, category, score, evidence, model_version, created_at
         FROM classifications WHERE mention_id = ANY($1::bigint[]) ORDER BY classifications.mention_id, category`,
      [ids],
    );
    const marks = await q(
      `SELECT mention_id::text, mark, corrected_categories, note, created_at
         FROM mention_marks WHERE mention_id = ANY($1::bigint[]) ORDER BY mention_marks.id`,
      [ids],
    );
    const escalations = await q(
      `SELECT id::text, mention_id::text, reason, categories, severity, status, outcome, outcome_note, closed_at,
              evidence, legal_hold, deleted_on_platform_at, created_at
         FROM escalations
        WHERE mention_id = ANY($1::bigint[])
           OR (evidence->>'platform' = $2 AND (evidence->>'authorId' = $3
               OR ($4::text IS NOT NULL AND lower(evidence->>'authorHandle') = lower($4))))
        ORDER BY escalations.id`,
      [ids, author.platform, author.authorId, author.handle],
    );
    const notes = await q(
      `SELECT id::text, mention_id::text, escalation_id::text, body, created_at FROM notes
        WHERE mention_id = ANY($1::bigint[]) OR escalation_id = ANY($2::bigint[]) ORDER BY notes.id`,
      [ids, escalations.map((e) => e.id as string)],
    );
    const needles = [author.authorId, author.handle, ...handles].filter((n): n is string => !!n);
    const quarantined = await q(
      `SELECT id::text, platform, external_id, payload, error, created_at FROM quarantine q
        WHERE q.platform = $1 AND EXISTS (SELECT 1 FROM unnest($2::text[]) AS n(v)
              WHERE strpos(lower(q.payload::text), lower('"' || n.v || '"')) > 0)
        ORDER BY q.id`,
      [author.platform, needles],
    );
    return { handles, mentions, classifications, marks, notes, escalations, quarantined };
  }

  // ---- suppression -------------------------------------------------------------------------

  async suppress(hash: string, platform: string, tx: EntityManager): Promise<void> {
    await tx.query(`INSERT INTO suppressions (author_hash, platform) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      hash,
      platform,
    ]);
  }

  async suppressedAmong(hashes: string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const rows = await selectRows<{ author_hash: string }>(
      this.dataSource,
      `SELECT author_hash FROM suppressions WHERE author_hash = ANY($1::text[])`,
      [hashes],
    );
    return new Set(rows.map((r) => r.author_hash));
  }

  async isSuppressed(hash: string): Promise<boolean> {
    return (await this.suppressedAmong([hash])).has(hash);
  }

  async countDropped(counts: Map<string, number>, at: Date): Promise<void> {
    if (counts.size === 0) return;
    await this.dataSource.query(
      `UPDATE suppressions s SET dropped = s.dropped + c.n, last_dropped_at = $3
         FROM unnest($1::text[], $2::int[]) AS c(hash, n) WHERE s.author_hash = c.hash`,
      [[...counts.keys()], [...counts.values()], at],
    );
  }

  async suppressionTotals(): Promise<{ authors: number; posts: number }> {
    const row = await selectRow<{ authors: number; posts: number }>(
      this.dataSource,
      `SELECT count(*)::int AS authors, coalesce(sum(dropped), 0)::int AS posts FROM suppressions`,
    );
    return row ?? { authors: 0, posts: 0 };
  }

  // ---- platform deletions ------------------------------------------------------------------

  /** Stored posts of a platform ingested since `since`, in id order after `afterId`. */
  async recentPosts(platform: string, since: Date, afterId: string, limit: number): Promise<StoredPost[]> {
    const rows = await selectRows<{ id: string; external_id: string }>(
      this.dataSource,
      `SELECT id::text, external_id FROM mentions
        WHERE platform = $1 AND NOT is_demo AND ingested_at >= $2 AND id > $3::bigint
        ORDER BY mentions.id LIMIT $4`,
      [platform, since, afterId, limit],
    );
    return rows.map((r) => ({ id: r.id, externalId: r.external_id }));
  }

  /**
   * Removes posts gone from their platform. A held case keeps its evidence, marked deleted on the
   * platform; any other case about the post goes with it. Rollups keep their counts.
   */
  async removeGone(platform: string, externalIds: string[], at: Date): Promise<{ removed: number; keptHeld: number }> {
    return this.transaction(async (tx) => {
      await this.keepRollups(tx);
      const ids = await selectRows<IdRow>(
        tx,
        `SELECT id::text FROM mentions WHERE platform = $1 AND external_id = ANY($2::text[]) FOR UPDATE`,
        [platform, externalIds],
      );
      const list = ids.map((r) => r.id);
      const held = returnedRows<IdRow>(
        await tx.query(
          `UPDATE escalations SET deleted_on_platform_at = $2
          WHERE mention_id = ANY($1::bigint[]) AND legal_hold RETURNING id::text`,
          [list, at],
        ),
      );
      await tx.query(`DELETE FROM escalations WHERE mention_id = ANY($1::bigint[]) AND NOT legal_hold`, [list]);
      const removed = await this.deleteMentions(list, tx);
      return { removed, keptHeld: held.length };
    });
  }

  async startCheck(platform: string, at: Date): Promise<string> {
    const [row] = await selectRows<IdRow>(
      this.dataSource,
      `INSERT INTO deletion_checks (platform, started_at) VALUES ($1, $2) RETURNING id::text`,
      [platform, at],
    );
    return row!.id;
  }

  async finishCheck(
    id: string,
    at: Date,
    result: {
      status: DeletionCheckView['status'];
      checked: number;
      removed: number;
      keptHeld: number;
      error: string | null;
    },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE deletion_checks SET finished_at = $2, status = $3, checked = $4, removed = $5, kept_held = $6, error = $7
        WHERE id = $1`,
      [id, at, result.status, result.checked, result.removed, result.keptHeld, result.error],
    );
  }

  /** A platform's last checks, newest first, for the retry schedule. */
  async recentCheckHistory(platform: string, limit: number): Promise<PastCheck[]> {
    const rows = await selectRows<{ status: PastCheck['status']; started_at: Date; finished_at: Date | null }>(
      this.dataSource,
      `SELECT status, started_at, finished_at FROM deletion_checks WHERE platform = $1
          ORDER BY started_at DESC, deletion_checks.id DESC LIMIT $2`,
      [platform, limit],
    );
    return rows.map((r) => ({ status: r.status, startedAt: r.started_at, finishedAt: r.finished_at }));
  }

  async recentChecks(limit: number): Promise<DeletionCheckView[]> {
    const rows = await selectRows<CheckRow>(
      this.dataSource,
      `SELECT id::text, platform, started_at, finished_at, status, checked, removed, kept_held, error
         FROM deletion_checks ORDER BY deletion_checks.id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      id: r.id,
      platform: r.platform,
      startedAt: r.started_at.toISOString(),
      finishedAt: r.finished_at?.toISOString() ?? null,
      status: r.status,
      checked: r.checked,
      removed: r.removed,
      keptHeld: r.kept_held,
      error: r.error,
    }));
  }
}
