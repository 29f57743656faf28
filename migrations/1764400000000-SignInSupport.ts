import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in support: pending SSO sign-ins (single-use state, nonce and PKCE verifier), and indexes
 * for the sign-in throttle, which counts recent failures in the audit log by account and by address.
 */
export class SignInSupport1764400000000 implements MigrationInterface {
  name = 'SignInSupport1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE oidc_logins (
        state         text PRIMARY KEY,
        nonce         text NOT NULL,
        code_verifier text NOT NULL,
        return_to     text NOT NULL DEFAULT '/',
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_log_failed_sign_in_email_idx ON audit_log (lower(details->>'email'), at)
       WHERE action = 'auth.login_failed'`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_log_failed_sign_in_ip_idx ON audit_log (ip, at) WHERE action = 'auth.login_failed'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audit_log_failed_sign_in_ip_idx`);
    await queryRunner.query(`DROP INDEX audit_log_failed_sign_in_email_idx`);
    await queryRunner.query(`DROP TABLE oidc_logins`);
  }
}
