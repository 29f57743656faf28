import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PruneAnchor } from './audit-prune.js';
import type { StoredText } from './audit-texts.js';
import { selectRow, selectRows } from '../database/sql.js';

type AnchorRow = { through_id: string; through_hash: string; rows_pruned: number; mac: string };
type DueRow = { id: string; hash: string; n: number };
type TextRow = { audit_id: string; field: string; body: string | null; erased_by: string | null };
type TextKeyRow = { audit_id: string; field: string };
type ErasedCountRow = { erased_by: string; n: number };

/** What an erasure removes from the audit log's free text: texts about these posts and cases, or naming these strings. */
export type TextsAbout = { mentionIds: string[]; escalationIds: string[]; needles: string[] };

/** Posts and cases whose audit rows must stay (a legal hold): pruning stops at the first of them. */
export type Kept = { mentionIds: string[]; escalationIds: string[] };

const toText = (r: TextRow): StoredText => ({
  auditId: r.audit_id,
  field: r.field,
  body: r.body,
  erasedBy: r.erased_by,
});

/**
 * The audit log's life after writing: pruning old rows behind a signed anchor, and blanking the
 * free text an erasure must remove. The chained rows themselves are never updated.
 */
@Injectable()
export class AuditLifecycleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async latestAnchor(): Promise<PruneAnchor | null> {
    const [row] = await selectRows<AnchorRow>(
      this.dataSource,
      `SELECT through_id::text, through_hash, rows_pruned::int, mac FROM audit_prunes ORDER BY audit_prunes.id DESC LIMIT 1`,
    );
    return row
      ? { throughId: row.through_id, throughHash: row.through_hash, rowsPruned: row.rows_pruned, mac: row.mac }
      : null;
  }

  /**
   * The last of the oldest rows (at most `limit`) that are all older than `cutoff` and come before
   * any row about a kept post or case, and how many rows run up to it: the next prune's anchor.
   * Rows younger than the database's floor (audit_chain_meta.prune_min_age, 7 years by the
   * database's own clock) are never chosen: audit_log_prune() would refuse them.
   * Undefined when the oldest row is not due.
   */
  async nextPrune(
    cutoff: Date,
    limit: number,
    keep: Kept,
  ): Promise<{ throughId: string; throughHash: string; rows: number } | undefined> {
    const [row] = await selectRows<DueRow>(
      this.dataSource,
      `WITH oldest AS (SELECT id, hash, at, target_type, target_id FROM audit_log ORDER BY audit_log.id LIMIT $2),
            stop AS (SELECT min(id) AS id FROM oldest
                      WHERE at >= $1 OR at >= now() - (SELECT prune_min_age FROM audit_chain_meta)
                         OR (target_type = 'mention' AND target_id = ANY($3::text[]))
                         OR (target_type = 'escalation' AND target_id = ANY($4::text[]))),
            due AS (SELECT id, hash FROM oldest WHERE id < coalesce((SELECT id FROM stop), 9223372036854775807))
       SELECT id::text, hash, (SELECT count(*)::int FROM due) AS n FROM due ORDER BY id DESC LIMIT 1`,
      [cutoff, limit, keep.mentionIds, keep.escalationIds],
    );
    return row ? { throughId: row.id, throughHash: row.hash, rows: row.n } : undefined;
  }

  async countOlderThan(cutoff: Date): Promise<number> {
    const row = await selectRow<{ n: number }>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM audit_log WHERE at < $1`,
      [cutoff],
    );
    return row?.n ?? 0;
  }

  /** Deletes every row up to the anchor's, recording the anchor first (audit_log_prune checks it). */
  async prune(anchor: PruneAnchor, cutoff: Date): Promise<number> {
    const row = await selectRow<{ deleted: number }>(
      this.dataSource,
      `SELECT audit_log_prune($1, $2, $3, $4, $5)::int AS deleted`,
      [anchor.throughId, anchor.throughHash, anchor.rowsPruned, cutoff, anchor.mac],
    );
    return row?.deleted ?? 0;
  }

  /** The texts of these rows, keyed "auditId/field". */
  async textsOf(auditIds: string[]): Promise<Map<string, StoredText>> {
    if (auditIds.length === 0) return new Map();
    const rows = await selectRows<TextRow>(
      this.dataSource,
      `SELECT audit_id::text, field, body, erased_by::text FROM audit_texts WHERE audit_id = ANY($1::bigint[])`,
      [auditIds],
    );
    return new Map(rows.map((r) => [`${r.audit_id}/${r.field}`, toText(r)]));
  }

  /** How many texts each erasure row blanked, by that row's id. */
  async erasedCounts(): Promise<Map<string, number>> {
    const rows = await selectRows<ErasedCountRow>(
      this.dataSource,
      `SELECT erased_by::text, count(*)::int AS n FROM audit_texts WHERE erased_by IS NOT NULL GROUP BY erased_by`,
    );
    return new Map(rows.map((r) => [r.erased_by, r.n]));
  }

  /** Texts still held that an erasure of these posts, cases and names must blank; locked until `tx` ends. */
  async textsAbout(about: TextsAbout, tx: EntityManager): Promise<{ auditId: string; field: string }[]> {
    const rows = await selectRows<TextKeyRow>(
      tx,
      `SELECT t.audit_id::text, t.field FROM audit_texts t JOIN audit_log a ON a.id = t.audit_id
        WHERE t.body IS NOT NULL
          AND ((a.target_type = 'mention' AND a.target_id = ANY($1::text[]))
            OR (a.target_type = 'escalation' AND a.target_id = ANY($2::text[]))
            OR EXISTS (SELECT 1 FROM unnest($3::text[]) AS n(v) WHERE strpos(lower(t.body), lower(n.v)) > 0))
        ORDER BY t.audit_id, t.field
        FOR UPDATE OF t`,
      [about.mentionIds, about.escalationIds, about.needles.filter((n) => n.length > 0)],
    );
    return rows.map((r) => ({ auditId: r.audit_id, field: r.field }));
  }

  async eraseTexts(
    keys: { auditId: string; field: string }[],
    erasedBy: string,
    at: Date,
    tx: EntityManager,
  ): Promise<void> {
    if (keys.length === 0) return;
    await tx.query(
      `UPDATE audit_texts t SET body = NULL, erased_at = $4, erased_by = $3
         FROM unnest($1::bigint[], $2::text[]) AS k(audit_id, field)
        WHERE t.audit_id = k.audit_id AND t.field = k.field`,
      [keys.map((k) => k.auditId), keys.map((k) => k.field), erasedBy, at],
    );
  }
}
