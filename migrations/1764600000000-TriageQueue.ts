import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The triage queue (issue 6): "new since you last looked" per user, and the indexes the queue's
 * keyset pages, the latest escalation of a mention and a mention's history read through.
 */
export class TriageQueue1764600000000 implements MigrationInterface {
  name = 'TriageQueue1764600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users ADD COLUMN queue_seen_at timestamptz`);
    // Keyset pages: ORDER BY risk_score DESC, id DESC (sort=risk) and posted_at DESC, id DESC (sort=newest).
    await queryRunner.query(`CREATE INDEX mentions_risk_keyset_idx ON mentions (risk_score DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX mentions_newest_keyset_idx ON mentions (posted_at DESC, id DESC)`);
    // Each queue row shows its latest escalation.
    await queryRunner.query(
      `CREATE INDEX escalations_mention_idx ON escalations (mention_id, id DESC) WHERE mention_id IS NOT NULL`,
    );
    // A mention's history is its audit rows, oldest first.
    await queryRunner.query(
      `CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, id) WHERE target_id IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audit_log_target_idx`);
    await queryRunner.query(`DROP INDEX escalations_mention_idx`);
    await queryRunner.query(`DROP INDEX mentions_newest_keyset_idx`);
    await queryRunner.query(`DROP INDEX mentions_risk_keyset_idx`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN queue_seen_at`);
  }
}
