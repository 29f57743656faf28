import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case's evidence snapshot and its SHA-256 are written once, when the case is raised. Nothing in
 * the application changes them, and now the database refuses to as well, as it does for a report's
 * screenshots: a rewritten snapshot with a hash recomputed to match read as "Evidence verified".
 * (The hash is also kept in the case's chained audit row from now on, which the check compares.)
 * Deleting a case (retention, erasure) is not an update and is unaffected.
 */
export class EvidenceWriteOnce1766800000001 implements MigrationInterface {
  name = 'EvidenceWriteOnce1766800000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION escalations_keep_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.evidence IS DISTINCT FROM OLD.evidence OR NEW.evidence_sha256 IS DISTINCT FROM OLD.evidence_sha256 THEN
          RAISE EXCEPTION 'escalations.evidence cannot change once captured';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER escalations_evidence_fixed BEFORE UPDATE ON escalations
      FOR EACH ROW EXECUTE FUNCTION escalations_keep_evidence()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER escalations_evidence_fixed ON escalations`);
    await queryRunner.query(`DROP FUNCTION escalations_keep_evidence()`);
  }
}
