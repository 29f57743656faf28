import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = ['confidential', 'litigation', 'disrepute', 'personal_data', 'safeguarding', 'academic_misconduct'];
const AFTER = [...BEFORE, 'threat'];

const quoted = (codes: readonly string[]) => codes.map((c) => `'${c}'`).join(', ');

/**
 * `threat` (policy 2.1: threats to the safety of staff and students) joins the categories.
 *
 * classifications: the category check allows it.
 *
 * mentions.pinned: new and flagged for safeguarding *or a threat* — both need a person within
 * minutes. A stored generated column's expression cannot be altered before PostgreSQL 17 (compose
 * runs 16), so the column is dropped and added again, and with it the risk-order indexes that carry
 * it (QueueCategories made them); threat gets its own per-category index like the others.
 */
export class ThreatCategory1765400000000 implements MigrationInterface {
  name = 'ThreatCategory1765400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await setCategoryCheck(queryRunner, AFTER);
    await repin(queryRunner, `categories && '{safeguarding,threat}'`, AFTER);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The check cannot come back while threat rows exist; the mentions' category copies follow by trigger.
    await queryRunner.query(`DELETE FROM classifications WHERE category = 'threat'`);
    await repin(queryRunner, `categories @> '{safeguarding}'`, BEFORE);
    await setCategoryCheck(queryRunner, BEFORE);
  }
}

async function setCategoryCheck(queryRunner: QueryRunner, codes: readonly string[]): Promise<void> {
  await queryRunner.query(`ALTER TABLE classifications DROP CONSTRAINT classifications_category_check`);
  await queryRunner.query(
    `ALTER TABLE classifications ADD CONSTRAINT classifications_category_check CHECK (category IN (${quoted(codes)}))`,
  );
}

async function repin(queryRunner: QueryRunner, pinnedCategories: string, codes: readonly string[]): Promise<void> {
  // Dropping the column would drop these too; dropping them by name says what goes.
  await queryRunner.query(`DROP INDEX mentions_pinned_idx`);
  await queryRunner.query(`DROP INDEX mentions_open_risk_idx`);
  for (const code of AFTER) await queryRunner.query(`DROP INDEX IF EXISTS mentions_${code}_risk_idx`);
  await queryRunner.query(`ALTER TABLE mentions DROP COLUMN pinned`);
  await queryRunner.query(`
    ALTER TABLE mentions ADD COLUMN pinned boolean
      GENERATED ALWAYS AS (status = 'new' AND ${pinnedCategories}) STORED`);
  await queryRunner.query(
    `CREATE INDEX mentions_pinned_idx ON mentions (risk_score DESC, id DESC) INCLUDE (status, categories)
     WHERE pinned`,
  );
  await queryRunner.query(
    `CREATE INDEX mentions_open_risk_idx ON mentions (risk_score DESC, id DESC)
     WHERE status IN ('new', 'reviewed') AND NOT pinned`,
  );
  for (const code of codes) {
    await queryRunner.query(
      `CREATE INDEX mentions_${code}_risk_idx ON mentions (risk_score DESC, id DESC) INCLUDE (status, pinned)
       WHERE categories @> '{${code}}'`,
    );
  }
}
