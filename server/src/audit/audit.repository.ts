import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuditRow } from './audit.types.js';

export type AuditFilter = { actor?: string; action?: string; from?: Date; to?: Date; beforeId?: string; limit: number };

type Row = {
  id: string;
  at: string;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  prev_hash: string | null;
  hash: string;
};

// The same rendering of `at` that AuditService hashed, so verification compares like with like.
// Queries must order by audit_log.id: a bare `id` would mean the text alias and sort "10" before "9".
const SELECT = `SELECT id::text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, actor_id,
                       actor_email, action, target_type, target_id, details, ip, prev_hash, hash
                  FROM audit_log`;

function toRow(row: Row): AuditRow {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    actorEmail: row.actor_email,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    details: row.details,
    ip: row.ip,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first; `actor` matches the actor's id or email. Keyset pagination on id. */
  async search(filter: AuditFilter): Promise<AuditRow[]> {
    const rows: Row[] = await this.dataSource.query(
      `${SELECT}
        WHERE ($1::text IS NULL OR actor_id::text = $1 OR lower(actor_email) = lower($1))
          AND ($2::text IS NULL OR action = $2)
          AND ($3::timestamptz IS NULL OR at >= $3)
          AND ($4::timestamptz IS NULL OR at < $4)
          AND ($5::bigint IS NULL OR id < $5)
        ORDER BY audit_log.id DESC LIMIT $6`,
      [
        filter.actor ?? null,
        filter.action ?? null,
        filter.from ?? null,
        filter.to ?? null,
        filter.beforeId ?? null,
        filter.limit,
      ],
    );
    return rows.map(toRow);
  }

  /** Walks the whole log in id order, a page at a time. */
  async *inOrder(pageSize = 1000): AsyncGenerator<AuditRow> {
    let after = '0';
    for (;;) {
      const rows: Row[] = await this.dataSource.query(
        `${SELECT} WHERE audit_log.id > $1 ORDER BY audit_log.id LIMIT $2`,
        [after, pageSize],
      );
      for (const row of rows) yield toRow(row);
      const last = rows.at(-1);
      if (!last || rows.length < pageSize) return;
      after = last.id;
    }
  }
}
