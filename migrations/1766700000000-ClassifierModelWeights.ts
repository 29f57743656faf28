import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A trained model's weights kept with its row (issue 14, item 3), so a server starting loads the
 * model in use instead of training it again. `weights` is the model as model-cache.ts serializes it,
 * brotli-compressed (about 5 MB for 2^20 x 7 float32 weights, of which about 1.4 million are not
 * zero); `code_hash` is the hash of the classifier code that trained it, and a server whose code
 * hashes otherwise trains the model afresh and writes its own weights back. Both are empty on rows
 * recorded before this migration and filled in by the first server that rebuilds them.
 *
 * STORAGE EXTERNAL: the bytes are compressed already, so PostgreSQL keeps them out of line without
 * trying to compress them again.
 */
export class ClassifierModelWeights1766700000000 implements MigrationInterface {
  name = 'ClassifierModelWeights1766700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE classifier_models
        ADD COLUMN weights   bytea,
        ADD COLUMN code_hash text,
        ADD CONSTRAINT classifier_models_weights_with_code_hash CHECK ((weights IS NULL) = (code_hash IS NULL))`);
    await queryRunner.query(`ALTER TABLE classifier_models ALTER COLUMN weights SET STORAGE EXTERNAL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE classifier_models
        DROP CONSTRAINT classifier_models_weights_with_code_hash,
        DROP COLUMN code_hash,
        DROP COLUMN weights`);
  }
}
