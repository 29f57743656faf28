import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: "False positive" and "No action needed" are decisions, so a mention marked so leaves
 * the open queue (new and reviewed). It gets its own status, `dismissed`, rather than a flag: the
 * queue's indexes and the count rollups are keyed by status, so the open queue and its counts
 * follow without another predicate. Mentions already marked so (their latest mark) move now.
 */
export class DismissedStatus1766200000000 implements MigrationInterface {
  name = 'DismissedStatus1766200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await setStatusCheck(queryRunner, ['new', 'reviewed', 'dismissed', 'escalated', 'hidden']);
    await queryRunner.query(`
      UPDATE mentions m SET status = 'dismissed'
       WHERE m.status = 'reviewed'
         AND (SELECT mm.mark FROM mention_marks mm WHERE mm.mention_id = m.id
               ORDER BY mm.created_at DESC, mm.id DESC LIMIT 1) IN ('false_positive', 'no_action')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE mentions SET status = 'reviewed' WHERE status = 'dismissed'`);
    await setStatusCheck(queryRunner, ['new', 'reviewed', 'escalated', 'hidden']);
  }
}

async function setStatusCheck(queryRunner: QueryRunner, statuses: string[]): Promise<void> {
  await queryRunner.query(`ALTER TABLE mentions DROP CONSTRAINT mentions_status_check`);
  await queryRunner.query(
    `ALTER TABLE mentions ADD CONSTRAINT mentions_status_check CHECK (status IN (${statuses.map((s) => `'${s}'`).join(', ')}))`,
  );
}
