import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tokens a platform rotates (issue 16): X hands out a new refresh token with every refresh and
 * the old one stops working, so the newest must outlive the process and be shared by replicas.
 * sealed holds the access and refresh tokens encrypted (AES-256-GCM) under a key derived from the
 * audit key, which the database never holds. seeded_from is an HMAC of the refresh token the
 * environment gave: when an operator sets a new one, the stored tokens no longer apply.
 */
export class PlatformTokens1766610000000 implements MigrationInterface {
  name = 'PlatformTokens1766610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE platform_tokens (
        platform     text NOT NULL,
        account_id   text NOT NULL,
        seeded_from  text NOT NULL,
        sealed       text NOT NULL,
        updated_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (platform, account_id)
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE platform_tokens`);
  }
}
