import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type NotificationAudience = 'discipline' | 'safeguarding' | 'managers';
export type NotificationKind = 'escalation' | 'spike_alert';

export type NotificationRow = {
  id: string;
  kind: NotificationKind;
  audience: NotificationAudience;
  subject: string;
  link: string;
  createdAt: string;
  read: boolean;
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
  }): Promise<string> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO notifications (kind, audience, subject, link, escalation_id, recipient)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::text`,
      [n.kind, n.audience, n.subject, n.link, n.escalationId ?? null, n.recipient ?? null],
    )) as { id: string }[];
    return row!.id;
  }

  async markDelivery(id: string, delivery: 'sent' | 'failed', error?: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET delivery = $2, error = $3, sent_at = CASE WHEN $2 = 'sent' THEN now() END WHERE id = $1`,
      [id, delivery, error ?? null],
    );
  }

  /** The latest notifications for these audiences, with whether this user has read each. */
  async forUser(userId: string, audiences: NotificationAudience[], limit: number): Promise<NotificationRow[]> {
    const rows: (Omit<NotificationRow, 'createdAt'> & { created_at: string })[] = await this.dataSource.query(
      `SELECT n.id::text, n.kind, n.audience, n.subject, n.link,
              to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
              (r.user_id IS NOT NULL) AS read
         FROM notifications n
         LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = $1
        WHERE n.audience = ANY($2)
        ORDER BY n.id DESC LIMIT $3`,
      [userId, audiences, limit],
    );
    return rows.map(({ created_at, ...row }) => ({ ...row, createdAt: created_at }));
  }

  async markRead(userId: string, ids: string[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_reads (notification_id, user_id)
       SELECT id, $1 FROM notifications WHERE id = ANY($2::bigint[]) ON CONFLICT DO NOTHING`,
      [userId, ids],
    );
  }
}
