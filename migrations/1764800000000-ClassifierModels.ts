import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every classifier model trained on corpus + staff corrections (issue 5, item 6), with its scores
 * on the corpus's validation split. `promoted` records the decision made when it was trained
 * (not worse than the model then in use); `active` marks the one model the servers use now, so
 * at most one row has it. `corrections` keeps the exact examples it was trained on, so another
 * replica can rebuild the same model without depending on marks that may since have changed.
 */
export class ClassifierModels1764800000000 implements MigrationInterface {
  name = 'ClassifierModels1764800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE classifier_models (
        version          text PRIMARY KEY,
        trained_at       timestamptz NOT NULL DEFAULT now(),
        corrections_used integer NOT NULL CHECK (corrections_used >= 0),
        corrections      jsonb NOT NULL DEFAULT '[]'::jsonb,
        scores           jsonb NOT NULL,
        promoted         boolean NOT NULL DEFAULT false,
        active           boolean NOT NULL DEFAULT false,
        CONSTRAINT classifier_models_active_was_promoted CHECK (NOT active OR promoted)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX classifier_models_one_active ON classifier_models (active) WHERE active`,
    );
    await queryRunner.query(`CREATE INDEX classifier_models_trained_at_idx ON classifier_models (trained_at DESC)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE classifier_models`);
  }
}
