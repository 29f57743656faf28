import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An author erasure that had to keep a case because it was under a legal hold. The hold wins while
 * it lasts; this row remembers the erasure, so the case page says it is waiting and releasing the
 * hold carries it out (the case and its post are deleted then). The author is named only by the
 * suppression hash the erasure recorded. Deleting the case removes the row.
 */
export class PendingErasures1766800000002 implements MigrationInterface {
  name = 'PendingErasures1766800000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE pending_erasures (
        escalation_id bigint PRIMARY KEY REFERENCES escalations (id) ON DELETE CASCADE,
        author_hash   text NOT NULL,
        requested_by  uuid REFERENCES users (id) ON DELETE SET NULL,
        requested_at  timestamptz NOT NULL DEFAULT now()
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE pending_erasures`);
  }
}
