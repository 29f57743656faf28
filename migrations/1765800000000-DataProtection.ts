import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The rollups' delete triggers on mentions (TrendsRollup, QueueCategories, TopTermsRollup). */
const ROLLUPS = ['mention_daily_counts', 'mention_category_counts', 'mention_daily_terms'];

/**
 * Data protection (issue 18).
 *
 * Rollups: retention and platform deletions remove posts but must not change the trends, which are
 * counts and hold no personal data. Such deletes set `ou.keep_rollups` to 'on' for their
 * transaction (set_config(..., true)); the rollups' delete triggers then do not run. An erasure
 * leaves it off: the person's posts leave the counts too.
 *
 * legal_holds: who put a case on hold and why, and who released it. escalations.legal_hold is the
 * current state; it now starts false (holds are set by hand, with a reason). Cases raised before
 * this were all held by default: they stay held, with a hold row saying so, until someone releases
 * them — releasing silently would let retention delete evidence nobody chose to let go.
 *
 * escalations.deleted_on_platform_at: the post was deleted on its platform while its case was held;
 * the evidence snapshot is kept and marked.
 *
 * suppressions: erased authors, as HMAC(platform + author id) under a key kept outside the
 * database, never the handle; ingestion drops their new posts before classification and counts them.
 *
 * retention_runs / deletion_checks: what each pass did, for the admin page (counts only).
 */
export class DataProtection1765800000000 implements MigrationInterface {
  name = 'DataProtection1765800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const rollup of ROLLUPS) {
      await queryRunner.query(`DROP TRIGGER ${rollup}_delete ON mentions`);
      await queryRunner.query(`
        CREATE TRIGGER ${rollup}_delete AFTER DELETE ON mentions REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT WHEN (current_setting('ou.keep_rollups', true) IS DISTINCT FROM 'on')
        EXECUTE FUNCTION ${rollup}_on_delete()`);
    }

    await queryRunner.query(`ALTER TABLE escalations ALTER COLUMN legal_hold SET DEFAULT false`);
    await queryRunner.query(`ALTER TABLE escalations ADD COLUMN deleted_on_platform_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE legal_holds (
        id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        escalation_id  bigint NOT NULL REFERENCES escalations (id) ON DELETE CASCADE,
        reason         text NOT NULL,
        set_by         uuid REFERENCES users (id) ON DELETE SET NULL,
        set_at         timestamptz NOT NULL DEFAULT now(),
        released_by    uuid REFERENCES users (id) ON DELETE SET NULL,
        released_at    timestamptz,
        release_reason text
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX legal_holds_current_key ON legal_holds (escalation_id) WHERE released_at IS NULL`,
    );
    await queryRunner.query(`
      INSERT INTO legal_holds (escalation_id, reason, set_at)
      SELECT id, 'Held by default before holds were set by hand (issue 18): release it if the case does not need one',
             created_at
      FROM escalations WHERE legal_hold`);

    await queryRunner.query(`
      CREATE TABLE suppressions (
        author_hash     text PRIMARY KEY,
        platform        text NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        dropped         bigint NOT NULL DEFAULT 0,
        last_dropped_at timestamptz
      )`);

    await queryRunner.query(`
      CREATE TABLE retention_runs (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        started_at  timestamptz NOT NULL,
        finished_at timestamptz,
        counts      jsonb NOT NULL DEFAULT '{}'::jsonb,
        error       text
      )`);
    await queryRunner.query(`
      CREATE TABLE deletion_checks (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        platform    text NOT NULL,
        started_at  timestamptz NOT NULL,
        finished_at timestamptz,
        status      text NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running', 'ok', 'rate_limited', 'failed')),
        checked     integer NOT NULL DEFAULT 0,
        removed     integer NOT NULL DEFAULT 0,
        kept_held   integer NOT NULL DEFAULT 0,
        error       text
      )`);
    await queryRunner.query(`CREATE INDEX deletion_checks_recent_idx ON deletion_checks (platform, started_at DESC)`);
    await queryRunner.query(`CREATE INDEX quarantine_created_idx ON quarantine (created_at)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX quarantine_created_idx`);
    await queryRunner.query(`DROP TABLE deletion_checks`);
    await queryRunner.query(`DROP TABLE retention_runs`);
    await queryRunner.query(`DROP TABLE suppressions`);
    await queryRunner.query(`DROP TABLE legal_holds`);
    await queryRunner.query(`ALTER TABLE escalations DROP COLUMN deleted_on_platform_at`);
    await queryRunner.query(`ALTER TABLE escalations ALTER COLUMN legal_hold SET DEFAULT true`);
    for (const rollup of ROLLUPS) {
      await queryRunner.query(`DROP TRIGGER ${rollup}_delete ON mentions`);
      await queryRunner.query(`
        CREATE TRIGGER ${rollup}_delete AFTER DELETE ON mentions REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION ${rollup}_on_delete()`);
    }
  }
}
