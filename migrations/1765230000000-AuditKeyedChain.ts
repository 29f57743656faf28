import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain becomes an HMAC under a key kept outside the database (issue 12 §3). Rows
 * already written keep their plain SHA-256 and say so in hash_alg; every new row is
 * 'hmac-sha256', and verification refuses a plain row after the first keyed one.
 *
 * audit_chain_meta.unkeyed_until_id records, once, the last row written before keying began (NULL
 * on a database that had none): a plain hash on any later row is a forgery. The app's role may only
 * read it.
 *
 * Adding a column with a default rewrites no row, so the append-only triggers are not involved.
 */
export class AuditKeyedChain1765230000000 implements MigrationInterface {
  name = 'AuditKeyedChain1765230000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE audit_log ADD COLUMN hash_alg text NOT NULL DEFAULT 'sha256'
         CHECK (hash_alg IN ('sha256', 'hmac-sha256'))`,
    );
    await queryRunner.query(`
      CREATE TABLE audit_chain_meta (
        only_row         boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        unkeyed_until_id bigint,
        keyed_since      timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`INSERT INTO audit_chain_meta (unkeyed_until_id) SELECT max(id) FROM audit_log`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_chain_meta`);
    await queryRunner.query(`ALTER TABLE audit_log DROP COLUMN hash_alg`);
  }
}
