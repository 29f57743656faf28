import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { NotificationView } from '@ou-listening/shared';
import { fromSnakeRow, type SnakeCased } from '../database/rows.js';
import { selectRows } from '../database/sql.js';

export type NotificationAudience = 'discipline' | 'safeguarding' | 'managers';
export type NotificationKind = NotificationView['kind'];
/** How an email went; a notice is 'stored' (the bell only) or 'queued' (for a digest) before. */
export type EmailOutcome = { delivery: 'sent' | 'failed'; error?: string };

/** A queued notice as the digest lists it. */
export type QueuedNotice = { id: string; subject: string; link: string };

/** A notice as the bell lists it, with the audience it was sent to. */
export type NotificationRow = NotificationView & { audience: NotificationAudience };

type ForUserRow = SnakeCased<NotificationRow>;

/** A notice about an escalation, as the mention's safeguarding panel shows it. */
export type EscalationNoticeRow = {
  audience: NotificationAudience;
  recipient: string | null;
  delivery: 'stored' | 'queued' | 'sent' | 'failed';
  createdAt: string;
  sentAt: string | null;
};

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(n: {
    kind: NotificationKind;
    audience: NotificationAudience;
    subject: string;
    link: string;
    escalationId?: string;
    recipient?: string;
    delivery: 'stored' | 'queued';
  }): Promise<string> {
    const [row] = await selectRows<{ id: string }>(
      this.dataSource,
      `INSERT INTO notifications (kind, audience, subject, link, escalation_id, recipient, delivery)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text`,
      [n.kind, n.audience, n.subject, n.link, n.escalationId ?? null, n.recipient ?? null, n.delivery],
    );
    return row!.id;
  }

  async markDelivery(
    ids: string[],
    delivery: 'sent' | 'failed',
    error?: string,
    manager?: EntityManager,
  ): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `UPDATE notifications SET delivery = $2, error = $3, sent_at = CASE WHEN $2 = 'sent' THEN now() END
       WHERE id = ANY($1::bigint[])`,
      [ids, delivery, error ?? null],
    );
  }

  /** Recipients with a queued notice created at or before `cutoff`: their digest is due. */
  async digestsDue(cutoff: Date): Promise<string[]> {
    const rows = await selectRows<{ recipient: string }>(
      this.dataSource,
      `SELECT recipient FROM notifications WHERE delivery = 'queued'
        GROUP BY recipient HAVING min(created_at) <= $1 ORDER BY recipient`,
      [cutoff],
    );
    return rows.map((r) => r.recipient);
  }

  /**
   * Everything queued for one recipient, locked for the length of `send` (another replica's
   * digest skips these rows rather than sending them twice), then marked with what `send` says.
   */
  async sendQueued(recipient: string, send: (notices: QueuedNotice[]) => Promise<EmailOutcome>): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rows = await selectRows<QueuedNotice>(
        tx,
        `SELECT id::text, subject, link FROM notifications
          WHERE delivery = 'queued' AND recipient = $1 ORDER BY id FOR UPDATE SKIP LOCKED`,
        [recipient],
      );
      if (rows.length === 0) return 0;
      const outcome = await send(rows);
      await this.markDelivery(
        rows.map((r) => r.id),
        outcome.delivery,
        outcome.error,
        tx,
      );
      return rows.length;
    });
  }

  /**
   * The latest notifications for these audiences, with whether this user has read each. One
   * escalation notifies two audiences with the same subject (the officers and the safeguarding
   * team); someone in both sees it once, the first notice standing for the pair.
   */
  async forUser(userId: string, audiences: NotificationAudience[], limit: number): Promise<NotificationRow[]> {
    const rows = await selectRows<ForUserRow>(
      this.dataSource,
      `SELECT n.id::text, n.kind, n.audience, n.subject, n.link,
              to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
              (r.user_id IS NOT NULL) AS read
         FROM (SELECT DISTINCT ON (coalesce('e' || escalation_id::text, 'n' || id::text), subject) *
                 FROM notifications
                WHERE audience = ANY($2)
                ORDER BY coalesce('e' || escalation_id::text, 'n' || id::text), subject, id) n
         LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = $1
        ORDER BY n.id DESC LIMIT $3`,
      [userId, audiences, limit],
    );
    return rows.map(fromSnakeRow<NotificationRow>);
  }

  /** Every notice about one escalation, oldest first: who was told, how, and when. */
  async forEscalation(escalationId: string): Promise<EscalationNoticeRow[]> {
    return this.dataSource.query(
      `SELECT audience, recipient, delivery,
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt",
              to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "sentAt"
         FROM notifications WHERE escalation_id = $1 ORDER BY id`,
      [escalationId],
    );
  }

  async markRead(userId: string, ids: string[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_reads (notification_id, user_id)
       SELECT id, $1 FROM notifications WHERE id = ANY($2::bigint[]) ON CONFLICT DO NOTHING`,
      [userId, ids],
    );
  }
}
