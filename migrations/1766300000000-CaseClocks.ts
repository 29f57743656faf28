import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cases with clocks (issue 19 §6).
 *
 * escalations.acknowledged_at (added by 1766100000001): existing cases take it from their first
 * audit row that moved them out of 'open' where there is one.
 *
 * escalations.reopened_at: when a closed case was last reopened (with a reason, in the audit log).
 *
 * Two outcomes join the list: referred to safeguarding, and emergency services contacted.
 */
export class CaseClocks1766300000000 implements MigrationInterface {
  name = 'CaseClocks1766300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // acknowledged_at itself came with 1766100000001 (Trends' time to acknowledge, stamped by a
    // trigger); here its backfill is made exact where the audit log says which update acknowledged.
    await queryRunner.query(`ALTER TABLE escalations ADD COLUMN reopened_at timestamptz`);
    await queryRunner.query(`
      UPDATE escalations e
         SET acknowledged_at = a.first_at
        FROM (SELECT target_id, min(at) AS first_at FROM audit_log
               WHERE target_type = 'escalation' AND action IN ('escalation.update', 'escalation.close')
                 AND details -> 'changes' ->> 'status' IN ('acknowledged', 'closed')
               GROUP BY target_id) a
       WHERE a.target_id = e.id::text AND e.status <> 'open'`);
    await queryRunner.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_outcome_check`);
    await queryRunner.query(`
      ALTER TABLE escalations ADD CONSTRAINT escalations_outcome_check CHECK (outcome IN
        ('no_further_action', 'informal_caution', 'referred_student_discipline', 'referred_police',
         'referred_safeguarding', 'emergency_services_contacted', 'other'))`);
  }

  /** Cases closed with a new outcome become 'other', with the outcome kept in words in the note. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE escalations
         SET outcome_note = concat_ws(E'\\n',
               CASE outcome WHEN 'referred_safeguarding' THEN 'Referred to safeguarding'
                            ELSE 'Emergency services contacted' END,
               outcome_note),
             outcome = 'other'
       WHERE outcome IN ('referred_safeguarding', 'emergency_services_contacted')`);
    await queryRunner.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_outcome_check`);
    await queryRunner.query(`
      ALTER TABLE escalations ADD CONSTRAINT escalations_outcome_check CHECK (outcome IN
        ('no_further_action', 'informal_caution', 'referred_student_discipline', 'referred_police', 'other'))`);
    await queryRunner.query(`ALTER TABLE escalations DROP COLUMN reopened_at`);
  }
}
