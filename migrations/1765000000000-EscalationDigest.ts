import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Escalations that are neither urgent nor safeguarding wait for a digest (issue 7: urgent and
 * safeguarding ones go at once). Such a notice is stored at once (the bell shows it) as 'queued',
 * and the digest job sends one email per recipient for everything queued, then marks it 'sent'
 * or 'failed'.
 */
export class EscalationDigest1765000000000 implements MigrationInterface {
  name = 'EscalationDigest1765000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_delivery_check`);
    await queryRunner.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_delivery_check
        CHECK (delivery IN ('stored', 'queued', 'sent', 'failed'))`);
    await queryRunner.query(
      `CREATE INDEX notifications_queued_idx ON notifications (recipient, id) WHERE delivery = 'queued'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX notifications_queued_idx`);
    await queryRunner.query(`UPDATE notifications SET delivery = 'stored' WHERE delivery = 'queued'`);
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_delivery_check`);
    await queryRunner.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_delivery_check
        CHECK (delivery IN ('stored', 'sent', 'failed'))`);
  }
}
