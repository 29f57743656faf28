import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications of escalations (and later, spike alerts): each is emailed when SMTP is configured,
 * and always kept here so the dashboard's bell can show it. They carry no post text: only a
 * subject and a link to the case, which opens behind sign-in.
 */
export class Notifications1764450000000 implements MigrationInterface {
  name = 'Notifications1764450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notifications (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind          text NOT NULL CHECK (kind IN ('escalation', 'spike_alert')),
        audience      text NOT NULL CHECK (audience IN ('discipline', 'safeguarding', 'managers')),
        subject       text NOT NULL,
        link          text NOT NULL,
        escalation_id bigint REFERENCES escalations (id) ON DELETE CASCADE,
        recipient     text,
        delivery      text NOT NULL DEFAULT 'stored' CHECK (delivery IN ('stored', 'sent', 'failed')),
        error         text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        sent_at       timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX notifications_audience_idx ON notifications (audience, created_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE notification_reads (
        notification_id bigint NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
        user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        read_at         timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, user_id)
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_reads`);
    await queryRunner.query(`DROP TABLE notifications`);
  }
}
