import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { chainHash, type ChainedContent, CURRENT_HASH_ALG } from './audit-chain.js';
import { textMac } from './audit-texts.js';
import type { AuditEntry, AuditRow, ChainHead } from './audit.types.js';
import { fromSnakeRow, type SnakeCased } from '../database/rows.js';
import { selectRow, selectRows } from '../database/sql.js';

// Every writer of the audit log serialises on this lock so the chain has one order.
const AUDIT_CHAIN_LOCK = 7_404_001;

type Row = SnakeCased<AuditRow>;

// The same rendering of `at` that AuditService hashed, so verification compares like with like.
// Queries must order by audit_log.id: a bare `id` would mean the text alias and sort "10" before "9".
const SELECT = `SELECT id::text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, actor_id,
                       actor_email, action, target_type, target_id, details, ip, prev_hash, hash,
                       hash_alg
                  FROM audit_log`;

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one row inside `tx`, chained to the row before it. The lock is held until `tx` commits,
   * so keep the transaction short: the next writer waits for it. Returns the new row's id.
   */
  async append(entry: AuditEntry, key: Buffer, tx: EntityManager): Promise<string> {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const last = await selectRow<{ hash: string }>(tx, 'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
    const prevHash = last?.hash ?? null;
    const row = await selectRow<{ id: string; at: string }>(
      tx,
      `SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))::text AS id,
              to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at`,
    );
    const texts = Object.entries(entry.texts ?? {}).map(([field, body]) => ({ field, body: body || null }));
    const refs = texts.map(({ field, body }) => [
      field,
      body === null ? null : { $text: textMac(key, row!.id, field, body) },
    ]);
    const content: ChainedContent = {
      id: row!.id,
      at: row!.at,
      actorId: entry.actorId ?? null,
      actorEmail: entry.actorEmail ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: { ...entry.details, ...Object.fromEntries(refs) },
      ip: entry.ip ?? null,
    };
    await tx.query(
      `INSERT INTO audit_log (id, at, actor_id, actor_email, action, target_type, target_id, details, ip, prev_hash,
                              hash, hash_alg)
       OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        content.id,
        content.at,
        content.actorId,
        content.actorEmail,
        content.action,
        content.targetType,
        content.targetId,
        JSON.stringify(content.details),
        content.ip,
        prevHash,
        chainHash(prevHash, content, key, CURRENT_HASH_ALG),
        CURRENT_HASH_ALG,
      ],
    );
    const stored = texts.filter((t): t is { field: string; body: string } => t.body !== null);
    if (stored.length > 0)
      await tx.query(
        `INSERT INTO audit_texts (audit_id, field, body) SELECT $1, f, b FROM unnest($2::text[], $3::text[]) AS t(f, b)`,
        [content.id, stored.map((t) => t.field), stored.map((t) => t.body)],
      );
    return content.id;
  }

  /** The last row written before the chain was keyed; plain hashes after it are forgeries. */
  async unkeyedUntilId(): Promise<string | null> {
    const row = await selectRow<{ id: string | null }>(
      this.dataSource,
      'SELECT unkeyed_until_id::text AS id FROM audit_chain_meta',
    );
    return row?.id ?? null;
  }

  /** How many rows were ever written (those pruned included) and which is last, read in one snapshot. */
  async head(): Promise<ChainHead> {
    const row = await selectRow<{ rows: number; head_id: string | null; head_hash: string | null }>(
      this.dataSource,
      `SELECT (SELECT count(*)::int FROM audit_log)
              + coalesce((SELECT rows_pruned::int FROM audit_prunes ORDER BY audit_prunes.id DESC LIMIT 1), 0) AS rows, last.id::text AS head_id, last.hash AS head_hash
         FROM (SELECT 1) AS one
         LEFT JOIN (SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1) AS last ON true`,
    );
    return { rows: row?.rows ?? 0, headId: row?.head_id ?? null, headHash: row?.head_hash ?? null };
  }

  /** Walks the whole log in id order, a page at a time. */
  async *inOrder(pageSize = 1000): AsyncGenerator<AuditRow> {
    let after = '0';
    for (;;) {
      const rows = await selectRows<Row>(
        this.dataSource,
        `${SELECT} WHERE audit_log.id > $1 ORDER BY audit_log.id LIMIT $2`,
        [after, pageSize],
      );
      for (const row of rows) yield fromSnakeRow<AuditRow>(row);
      const last = rows.at(-1);
      if (!last || rows.length < pageSize) return;
      after = last.id;
    }
  }
}
