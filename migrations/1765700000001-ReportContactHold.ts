import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reporter's contact details outlive the case only while the case is on legal hold (issue 17 §5
 * with issue 18's holds): closing a case that is not held deletes them, as before; closing a held
 * case keeps them, and releasing the hold of a closed case deletes them then.
 */
export class ReportContactHold1765700000001 implements MigrationInterface {
  name = 'ReportContactHold1765700000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER escalations_forget_reporter ON escalations`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION reports_forget_contact_on_case_close() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'closed' AND NOT NEW.legal_hold AND NEW.mention_id IS NOT NULL
           AND (OLD.status IS DISTINCT FROM 'closed' OR OLD.legal_hold) THEN
          UPDATE reports SET reporter_email = NULL, contact_deleted_at = now()
           WHERE mention_id = NEW.mention_id AND contact_deleted_at IS NULL;
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER escalations_forget_reporter AFTER UPDATE OF status, legal_hold ON escalations
      FOR EACH ROW EXECUTE FUNCTION reports_forget_contact_on_case_close()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER escalations_forget_reporter ON escalations`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION reports_forget_contact_on_case_close() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'closed' AND OLD.status IS DISTINCT FROM 'closed' AND NEW.mention_id IS NOT NULL THEN
          UPDATE reports SET reporter_email = NULL, contact_deleted_at = now()
           WHERE mention_id = NEW.mention_id AND contact_deleted_at IS NULL;
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER escalations_forget_reporter AFTER UPDATE OF status ON escalations
      FOR EACH ROW EXECUTE FUNCTION reports_forget_contact_on_case_close()`);
  }
}
