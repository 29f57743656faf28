import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cases with clocks (issue 19 §6).
 *
 * escalations.acknowledged_at: when someone first acknowledged (or closed) the case, for the time to
 * acknowledge and the overdue mark. Existing cases take it from their first audit row that moved them
 * out of 'open', or their last update when there is none.
 *
 * escalations.reopened_at: when a closed case was last reopened (with a reason, in the audit log).
 *
 * Two outcomes join the list: referred to safeguarding, and emergency services contacted.
 */
export class CaseClocks1766300000000 implements MigrationInterface {
  name = 'CaseClocks1766300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE escalations ADD COLUMN acknowledged_at timestamptz`);
    await queryRunner.query(`ALTER TABLE escalations ADD COLUMN reopened_at timestamptz`);
    await queryRunner.query(`
      UPDATE escalations e
         SET acknowledged_at = coalesce(
               (SELECT min(a.at) FROM audit_log a
                 WHERE a.target_type = 'escalation' AND a.target_id = e.id::text
                   AND a.action IN ('escalation.update', 'escalation.close')
                   AND a.details -> 'changes' ->> 'status' IN ('acknowledged', 'closed')),
               e.updated_at)
       WHERE e.status <> 'open'`);
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
    await queryRunner.query(`ALTER TABLE escalations DROP COLUMN acknowledged_at`);
  }
}
