import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * users.must_change_password: set by an admin's password reset, `npm run user -- reset-password` and
 * the first-start admin; while it is set, the API answers only the password change, sign-out and
 * /api/auth/me. A password change clears it.
 */
export class MustChangePassword1765220000000 implements MigrationInterface {
  name = 'MustChangePassword1765220000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users DROP COLUMN must_change_password`);
  }
}
