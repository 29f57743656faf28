import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CategoryCode,
  EscalationOutcome,
  EscalationStatus,
  EscalationSummary,
  EvidenceSnapshot,
  MentionNote,
  MentionStatus,
  Severity,
} from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fromSnakeRow, type NoteRow, noteFromRow, personRef, type SnakeCased } from '../database/rows.js';
import { returnedRows, selectRows } from '../database/sql.js';

type MentionEvidence = Omit<EvidenceSnapshot, 'capturedAt' | 'capturedBy'>;
type MentionEvidenceRow = SnakeCased<MentionEvidence>;

@Injectable()
export class EscalationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The mention's fields and classifications as they are inside this transaction. */
  async mentionForEvidence(mentionId: string, tx: EntityManager): Promise<MentionEvidence | undefined> {
    const rows = await selectRows<MentionEvidenceRow>(
      tx,
      `SELECT m.platform, m.external_id, m.url, m.text, m.author_id, m.author_handle, m.author_name,
              to_char(m.posted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS posted_at,
              coalesce(jsonb_agg(jsonb_build_object('category', c.category, 'score', c.score,
                                                    'evidence', c.evidence, 'modelVersion', c.model_version)
                                 ORDER BY c.score DESC, c.category) FILTER (WHERE c.id IS NOT NULL), '[]') AS classifications
         FROM mentions m LEFT JOIN classifications c ON c.mention_id = m.id
        WHERE m.id = $1
        GROUP BY m.id`,
      [mentionId],
    );
    return rows[0] && fromSnakeRow<MentionEvidence>(rows[0]);
  }

  async insert(
    escalation: {
      mentionId: string;
      raisedBy: string | null;
      reason: string;
      severity: Severity;
      categories: CategoryCode[];
      evidence: EvidenceSnapshot;
      evidenceSha256: string;
    },
    tx: EntityManager,
  ): Promise<string> {
    const [row] = await selectRows<{ id: string }>(
      tx,
      `INSERT INTO escalations (mention_id, raised_by, reason, severity, categories, evidence, evidence_sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text`,
      [
        escalation.mentionId,
        escalation.raisedBy,
        escalation.reason,
        escalation.severity,
        escalation.categories,
        JSON.stringify(escalation.evidence),
        escalation.evidenceSha256,
      ],
    );
    return row!.id;
  }

  async list(filter: EscalationFilter): Promise<EscalationRow[]> {
    const rows = await selectRows<SummaryRow>(
      this.dataSource,
      `${SUMMARY_SELECT}
        WHERE ($1::text[] IS NULL OR e.status = ANY($1))
          AND ($2::text[] IS NULL OR e.severity = ANY($2))
          AND ($3::text IS NULL OR ($3 = 'none' AND e.assignee_id IS NULL) OR e.assignee_id::text = $3)
        ORDER BY (e.status = 'closed'), (e.severity = 'urgent') DESC, (e.status = 'open') DESC,
                 array_position(ARRAY['low','medium','high','urgent'], e.severity) DESC, e.created_at DESC, e.id DESC
        LIMIT $4 OFFSET $5`,
      [filter.statuses ?? null, filter.severities ?? null, filter.assigneeId ?? null, filter.limit, filter.offset],
    );
    return rows.map(toSummary);
  }

  async find(id: string, tx?: EntityManager): Promise<EscalationRecord | undefined> {
    const rows = await selectRows<SummaryRow & DetailColumns>(
      tx ?? this.dataSource.manager,
      `${SUMMARY_SELECT.replace(
        'SELECT',
        `SELECT e.outcome_note, e.legal_hold, e.evidence, e.evidence_sha256,
              m.status AS mention_status, m.hidden AS mention_hidden,`,
      )}
         LEFT JOIN mentions m ON m.id = e.mention_id
        WHERE e.id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) return undefined;
    const { outcome_note, legal_hold, evidence, evidence_sha256, mention_status, mention_hidden, ...summary } = row;
    return {
      ...toSummary(summary),
      outcomeNote: outcome_note,
      legalHold: legal_hold,
      evidence,
      evidenceSha256: evidence_sha256,
      mention:
        row.mention_id && mention_status
          ? { id: row.mention_id, status: mention_status, hidden: mention_hidden ?? false }
          : null,
    };
  }

  /** Applies a change only if nobody changed the case since `version`; undefined means they did. */
  async update(
    id: string,
    version: number,
    changes: {
      status?: EscalationStatus;
      assigneeId?: string | null;
      outcome?: EscalationOutcome;
      outcomeNote?: string;
    },
    tx: EntityManager,
  ): Promise<boolean> {
    const result: unknown = await tx.query(
      `UPDATE escalations SET
         status       = coalesce($3, status),
         assignee_id  = CASE WHEN $4::boolean THEN $5::uuid ELSE assignee_id END,
         outcome      = coalesce($6, outcome),
         outcome_note = coalesce($7, outcome_note),
         closed_at    = CASE WHEN $3 = 'closed' AND closed_at IS NULL THEN now() ELSE closed_at END,
         acknowledged_at = CASE WHEN $3 IN ('acknowledged', 'closed') AND acknowledged_at IS NULL THEN now()
                                ELSE acknowledged_at END,
         updated_at   = now(),
         version      = version + 1
       WHERE id = $1 AND version = $2 RETURNING id`,
      [
        id,
        version,
        changes.status ?? null,
        changes.assigneeId !== undefined,
        changes.assigneeId ?? null,
        changes.outcome ?? null,
        changes.outcomeNote ?? null,
      ],
    );
    return returnedRows(result).length === 1;
  }

  async notes(escalationId: string): Promise<MentionNote[]> {
    const rows = await selectRows<NoteRow>(
      this.dataSource,
      `SELECT n.id::text, n.body, u.id AS author_id, u.display_name AS author_name,
                to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at
           FROM notes n LEFT JOIN users u ON u.id = n.author_id
          WHERE n.escalation_id = $1 ORDER BY n.id`,
      [escalationId],
    );
    return rows.map(noteFromRow);
  }

  async addNote(escalationId: string, authorId: string, body: string, tx: EntityManager): Promise<string> {
    const [row] = await selectRows<{ id: string }>(
      tx,
      `INSERT INTO notes (escalation_id, author_id, body) VALUES ($1, $2, $3) RETURNING id::text`,
      [escalationId, authorId, body],
    );
    return row!.id;
  }

  async counts(): Promise<CountRow[]> {
    return this.dataSource.query(
      `SELECT status, severity, count(*)::int AS n FROM escalations GROUP BY status, severity`,
    );
  }

  /** Every case not yet closed, with what its clock needs: few enough to work out in full. */
  async unclosedClocks(): Promise<UnclosedClockRow[]> {
    return this.dataSource.query(
      `SELECT severity, created_at, acknowledged_at FROM escalations WHERE status <> 'closed'`,
    );
  }

  /**
   * Closes no more: back to acknowledged (it was acknowledged before it closed), outcome cleared
   * (the old one stays in the audit log and the timeline). Undefined when the version is stale.
   */
  async reopen(id: string, version: number, tx: EntityManager): Promise<boolean> {
    const result: unknown = await tx.query(
      `UPDATE escalations SET status = 'acknowledged', outcome = NULL, outcome_note = NULL, closed_at = NULL,
              acknowledged_at = coalesce(acknowledged_at, now()), reopened_at = now(), updated_at = now(),
              version = version + 1
        WHERE id = $1 AND version = $2 AND status = 'closed' RETURNING id`,
      [id, version],
    );
    return returnedRows(result).length === 1;
  }

  /** Who was told about the case, how, and when: the notification records. */
  async notifications(escalationId: string): Promise<CaseNotificationRow[]> {
    return this.dataSource.query(
      `SELECT audience, recipient, delivery, error,
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
              to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS sent_at
         FROM notifications WHERE escalation_id = $1 ORDER BY id`,
      [escalationId],
    );
  }

  /** Display names of these users, by id (people a case was assigned to). */
  async displayNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await selectRows<{ id: string; display_name: string }>(
      this.dataSource,
      `SELECT id::text, display_name FROM users WHERE id::text = ANY($1)`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  /** May this person be given a case? Enabled discipline officers and admins only. */
  async isCaseworker(userId: string, tx?: EntityManager): Promise<boolean> {
    const rows = await selectRows<{ one: number }>(
      tx ?? this.dataSource.manager,
      `SELECT 1 AS one FROM users WHERE id = $1 AND disabled_at IS NULL AND role IN ('discipline', 'admin')`,
      [userId],
    );
    return rows.length === 1;
  }
}

type CountRow = { status: EscalationStatus; severity: Severity; n: number };

type UnclosedClockRow = { severity: Severity; created_at: Date; acknowledged_at: Date | null };

export type CaseNotificationRow = {
  audience: 'discipline' | 'safeguarding' | 'managers';
  recipient: string | null;
  delivery: 'stored' | 'queued' | 'sent' | 'failed';
  error: string | null;
  created_at: string;
  sent_at: string | null;
};

export type EscalationFilter = {
  statuses?: EscalationStatus[];
  severities?: Severity[];
  /** a user id, or 'none' for unassigned */
  assigneeId?: string;
  limit: number;
  offset: number;
};

/** A case as stored: the summary less its clock, which the service works out. */
export type EscalationRow = Omit<EscalationSummary, 'clock'> & {
  acknowledgedAt: string | null;
  closedAt: string | null;
};

export type EscalationRecord = EscalationRow & {
  outcomeNote: string | null;
  legalHold: boolean;
  evidence: EvidenceSnapshot;
  evidenceSha256: string;
  mention: { id: string; status: MentionStatus; hidden: boolean } | null;
};

/** A case's own columns, as EscalationRow names them; the two people are joined in by id and name. */
type CaseColumns = Omit<EscalationRow, 'raisedBy' | 'assignee'>;
type SummaryRow = SnakeCased<CaseColumns> & {
  raised_by_id: string | null;
  raised_by_name: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  assignee_disabled: boolean | null;
};

type DetailColumns = {
  outcome_note: string | null;
  legal_hold: boolean;
  evidence: EvidenceSnapshot;
  evidence_sha256: string;
  mention_status: MentionStatus | null;
  mention_hidden: boolean | null;
};

const SUMMARY_SELECT = `SELECT e.id::text, e.mention_id::text, e.reason, e.severity, e.status, e.categories, e.outcome,
       to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
       to_char(e.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at, e.version,
       to_char(e.acknowledged_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS acknowledged_at,
       to_char(e.reopened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS reopened_at,
       to_char(e.closed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS closed_at,
       rb.id AS raised_by_id, rb.display_name AS raised_by_name, a.id AS assignee_id, a.display_name AS assignee_name,
       a.disabled_at IS NOT NULL AS assignee_disabled
  FROM escalations e
  LEFT JOIN users rb ON rb.id = e.raised_by
  LEFT JOIN users a ON a.id = e.assignee_id`;

function toSummary(row: SummaryRow): EscalationRow {
  const { raised_by_id, raised_by_name, assignee_id, assignee_name, assignee_disabled, ...columns } = row;
  return {
    ...fromSnakeRow<CaseColumns>(columns),
    raisedBy: personRef(raised_by_id, raised_by_name),
    assignee: personRef(assignee_id, assignee_name, assignee_disabled === true),
  };
}
