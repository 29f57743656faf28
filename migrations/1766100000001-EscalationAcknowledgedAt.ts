import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a case was first acknowledged (issue 20: escalation time to acknowledge). A BEFORE UPDATE
 * trigger stamps it the first time the status leaves 'open', whoever's code changes it; a case
 * closed straight from open counts as acknowledged when it was closed. Cases acknowledged before
 * this take the time of their first audited update or close, else their last update.
 */
export class EscalationAcknowledgedAt1766100000001 implements MigrationInterface {
  name = 'EscalationAcknowledgedAt1766100000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE escalations ADD COLUMN acknowledged_at timestamptz`);
    await queryRunner.query(`
      UPDATE escalations e SET acknowledged_at = coalesce(
        (SELECT min(a.at) FROM audit_log a
          WHERE a.target_type = 'escalation' AND a.target_id = e.id::text
            AND a.action IN ('escalation.update', 'escalation.close')),
        e.closed_at, e.updated_at)
      WHERE e.status <> 'open'`);
    await queryRunner.query(`
      CREATE FUNCTION escalations_stamp_acknowledged() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status <> 'open' AND NEW.acknowledged_at IS NULL THEN
          NEW.acknowledged_at := coalesce(NEW.closed_at, now());
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER escalations_stamp_acknowledged BEFORE INSERT OR UPDATE OF status ON escalations
      FOR EACH ROW EXECUTE FUNCTION escalations_stamp_acknowledged()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER escalations_stamp_acknowledged ON escalations`);
    await queryRunner.query(`DROP FUNCTION escalations_stamp_acknowledged()`);
    await queryRunner.query(`ALTER TABLE escalations DROP COLUMN acknowledged_at`);
  }
}
