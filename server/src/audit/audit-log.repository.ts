import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntryView } from '@ou-listening/shared';
import { DataSource } from 'typeorm';
import { fromSnakeRow, type SnakeCased } from '../database/rows.js';
import { selectRows } from '../database/sql.js';

/** What admins filter the log by; `actor` matches the actor's id, email or display name. */
export type AuditLogFilter = { actor?: string; action?: string; from?: Date; to?: Date; beforeId?: string };

type ViewRow = SnakeCased<AuditEntryView>;

// Names are looked up now, not stored in the chained row: a renamed user shows their current name.
const VIEW_SELECT = `SELECT a.id::text, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at,
                            a.actor_id, a.actor_email, actor.display_name AS actor_name, a.action, a.target_type,
                            a.target_id, target_user.display_name AS target_name, audit_details_read(a.id, a.details) AS details,
                            a.ip, a.hash
                       FROM audit_log a
                       LEFT JOIN users actor ON actor.id = a.actor_id
                       LEFT JOIN users target_user
                              ON a.target_type = 'user' AND target_user.id::text = a.target_id`;

const FILTER_SQL = `($1::text IS NULL OR a.actor_id::text = $1 OR lower(a.actor_email) = lower($1)
                          OR lower(actor.display_name) = lower($1))
                     AND ($2::text IS NULL OR a.action = $2)
                     AND ($3::timestamptz IS NULL OR a.at >= $3)
                     AND ($4::timestamptz IS NULL OR a.at < $4)
                     AND ($5::bigint IS NULL OR a.id < $5)`;

function toView(row: ViewRow): AuditEntryView {
  return fromSnakeRow<AuditEntryView>(row);
}

/** The read side of the audit log for people: rows with names, pages, exports, one target's history. */
@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paged on id. */
  async page(filter: AuditLogFilter, limit: number): Promise<AuditEntryView[]> {
    const rows = await selectRows<ViewRow>(
      this.dataSource,
      `${VIEW_SELECT} WHERE ${FILTER_SQL} ORDER BY a.id DESC LIMIT $6`,
      [
        filter.actor ?? null,
        filter.action ?? null,
        filter.from ?? null,
        filter.to ?? null,
        filter.beforeId ?? null,
        limit,
      ],
    );
    return rows.map(toView);
  }

  /** Every matching row, newest first, a page at a time (for the CSV export). */
  async *all(filter: Omit<AuditLogFilter, 'beforeId'>, pageSize = 1000): AsyncGenerator<AuditEntryView> {
    let beforeId: string | undefined;
    for (;;) {
      const rows = await this.page({ ...filter, beforeId }, pageSize);
      yield* rows;
      if (rows.length < pageSize) return;
      beforeId = rows.at(-1)!.id;
    }
  }

  /** One target's rows (a case, a user…), oldest first. */
  async forTarget(targetType: string, targetId: string): Promise<AuditEntryView[]> {
    const rows = await selectRows<ViewRow>(
      this.dataSource,
      `${VIEW_SELECT} WHERE a.target_type = $1 AND a.target_id = $2 ORDER BY a.id`,
      [targetType, targetId],
    );
    return rows.map(toView);
  }
}
