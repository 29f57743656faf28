import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlatformActionKind, PlatformActionView } from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fromSnakeRow, type SnakeCased } from '../database/rows.js';
import { iso, type Queryable, selectRows } from '../database/sql.js';

/** One outbox row, as a sending attempt reads it under its row lock. */
export type ActionRow = {
  id: string;
  mentionId: string | null;
  platform: string;
  /** on a demo mention: settled by the platform's demo stand-in, never sent to the platform */
  isDemo: boolean;
  kind: PlatformActionKind;
  targetId: string;
  /** commentId: a block's prompting comment (YouTube bans through one of the author's comments) */
  payload: { text?: string; reason?: string; mentionUrl?: string | null; commentId?: string };
  requestedBy: string | null;
  requestedByEmail: string | null;
  attempts: number;
  /** an earlier send was started and never recorded an answer: the platform may have acted already */
  sentBefore: boolean;
  /** when staff asked for it */
  requestedAt: Date;
};

type ViewRow = SnakeCased<PlatformActionView>;

const VIEW_SELECT = `
  SELECT id::text, kind, platform, status, attempts,
         CASE WHEN status = 'pending' THEN ${iso('next_attempt_at')} END AS next_attempt_at,
         last_error, payload->>'text' AS text, result_url,
         -- by name, as the mention's history says it; the e-mail kept for an account since deleted
         coalesce((SELECT u.display_name FROM users u WHERE u.id = platform_actions.requested_by), requested_by_email)
           AS requested_by,
         ${iso('created_at')} AS created_at, ${iso('settled_at')} AS settled_at
    FROM platform_actions`;

@Injectable()
export class PlatformActionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async enqueue(
    tx: EntityManager,
    action: {
      mentionId: string;
      platform: string;
      kind: PlatformActionKind;
      targetId: string;
      payload: ActionRow['payload'];
      requestedBy: string;
      requestedByEmail: string;
    },
  ): Promise<string> {
    const [row] = await selectRows<{ id: string }>(
      tx,
      `INSERT INTO platform_actions (mention_id, platform, kind, target_id, payload, requested_by, requested_by_email)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::uuid, $7) RETURNING id::text AS id`,
      [
        action.mentionId,
        action.platform,
        action.kind,
        action.targetId,
        JSON.stringify(action.payload),
        action.requestedBy,
        action.requestedByEmail,
      ],
    );
    return row!.id;
  }

  /**
   * Pending actions whose time has come, oldest first, leaving out any with an older pending
   * action on the same target: a hide and the unhide after it reach the platform in that order.
   */
  async dueIds(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT a.id::text FROM platform_actions a
        WHERE a.status = 'pending' AND a.next_attempt_at <= now()
          AND (a.lease_until IS NULL OR a.lease_until < now())
          AND NOT EXISTS (SELECT 1 FROM platform_actions e
                           WHERE e.status = 'pending' AND e.platform = a.platform AND e.target_id = a.target_id
                             AND e.id < a.id)
        ORDER BY a.next_attempt_at, a.id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Claims one pending action for sending until leaseMs from now, and notes that a send is
   * starting (committed before the platform is called, so a send whose answer is lost is known
   * about). Undefined when it is taken: settled, or claimed by another replica whose lease has not
   * run out, or an older pending action on the same target goes first. Whether it is a demo action
   * is read from its mention, which it cannot outlive (ON DELETE CASCADE).
   */
  async claim(tx: EntityManager, id: string, leaseMs: number): Promise<ActionRow | undefined> {
    const [row] = await selectRows<ActionRow>(
      tx,
      `SELECT a.id::text AS id, a.mention_id::text AS "mentionId", a.platform, coalesce(m.is_demo, false) AS "isDemo",
              a.kind, a.target_id AS "targetId", a.payload, a.requested_by::text AS "requestedBy",
              a.requested_by_email AS "requestedByEmail", a.attempts,
              a.send_started_at IS NOT NULL AS "sentBefore", a.created_at AS "requestedAt"
         FROM platform_actions a
         LEFT JOIN mentions m ON m.id = a.mention_id
        WHERE a.id = $1 AND a.status = 'pending'
          AND (a.lease_until IS NULL OR a.lease_until < now())
          AND NOT EXISTS (SELECT 1 FROM platform_actions e
                           WHERE e.status = 'pending' AND e.platform = a.platform AND e.target_id = a.target_id
                             AND e.id < a.id)
        FOR UPDATE OF a SKIP LOCKED`,
      [id],
    );
    if (!row) return undefined;
    await tx.query(
      `UPDATE platform_actions SET lease_until = now() + $2 * interval '1 millisecond', send_started_at = now()
        WHERE id = $1`,
      [id, leaseMs],
    );
    return row;
  }

  /** Locks a claimed action again to record the platform's answer; undefined if it was settled meanwhile. */
  async lockClaimed(tx: EntityManager, id: string): Promise<boolean> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id::text FROM platform_actions WHERE id = $1 AND status = 'pending' FOR UPDATE`,
      [id],
    );
    return rows.length === 1;
  }

  async settleDone(
    tx: EntityManager,
    id: string,
    done: { attempts: number; answer: unknown; resultId: string | null; resultUrl: string | null },
  ): Promise<void> {
    await tx.query(
      `UPDATE platform_actions SET status = 'done', attempts = $2, answer = $3::jsonb, result_id = $4, result_url = $5,
                                   last_error = NULL, settled_at = now(), lease_until = NULL
        WHERE id = $1`,
      [id, done.attempts, JSON.stringify(done.answer ?? null), done.resultId, done.resultUrl],
    );
  }

  async settleFailed(tx: EntityManager, id: string, attempts: number, error: string): Promise<void> {
    await tx.query(
      `UPDATE platform_actions SET status = 'failed', attempts = $2, last_error = $3, settled_at = now(), lease_until = NULL
        WHERE id = $1`,
      [id, attempts, error],
    );
  }

  async retryLater(tx: EntityManager, id: string, attempts: number, error: string, at: Date): Promise<void> {
    await tx.query(
      `UPDATE platform_actions SET attempts = $2, last_error = $3, next_attempt_at = $4, lease_until = NULL WHERE id = $1`,
      [id, attempts, error, at],
    );
  }

  /** What the platform now says about the comment, on the mention it came from. */
  async setPlatformHidden(tx: EntityManager, mentionId: string, hidden: boolean): Promise<void> {
    await tx.query(`UPDATE mentions SET platform_hidden = $2 WHERE id = $1`, [mentionId, hidden]);
  }

  /** This mention's actions, and block/unblock of its author on its platform, oldest first. */
  async forMention(
    mentionId: string,
    platform: string,
    authorId: string | null,
    db: Queryable = this.dataSource,
  ): Promise<PlatformActionView[]> {
    const rows = await selectRows<ViewRow>(
      db,
      `${VIEW_SELECT}
        WHERE mention_id = $1
           OR ($3::text IS NOT NULL AND platform = $2 AND kind IN ('block', 'unblock') AND target_id = $3)
        ORDER BY id`,
      [mentionId, platform, authorId],
    );
    return rows.map((row) => fromSnakeRow<PlatformActionView>(row));
  }

  /** The latest block or unblock of this author that the platform accepted. */
  async lastSettledBlock(
    platform: string,
    authorId: string,
    db: Queryable = this.dataSource,
  ): Promise<PlatformActionKind | null> {
    const [row] = await selectRows<{ kind: PlatformActionKind }>(
      db,
      `SELECT kind FROM platform_actions
        WHERE platform = $1 AND target_id = $2 AND kind IN ('block', 'unblock') AND status = 'done'
        ORDER BY settled_at DESC, id DESC LIMIT 1`,
      [platform, authorId],
    );
    return row?.kind ?? null;
  }

  async view(id: string): Promise<PlatformActionView | undefined> {
    const rows = await selectRows<ViewRow>(this.dataSource, `${VIEW_SELECT} WHERE id = $1`, [id]);
    return rows[0] ? fromSnakeRow<PlatformActionView>(rows[0]) : undefined;
  }
}
