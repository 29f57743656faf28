import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sign-in throttle as counters that a single statement can test and reserve (issue 12 §2).
 * Counting failures in the audit log afterwards let 40 parallel guesses all pass the check before
 * any of them was written down. Now every attempt reserves a place in its account's and its
 * address's window first; a correct password gives the place back.
 *
 * key: 'account:<lower-case email>' or 'ip:<address>'. throttled_logged_at keeps the audit log to
 * one "throttled" row per key and minute, so a flood does not become a flood of audit writes.
 */
export class SignInThrottle1765210000000 implements MigrationInterface {
  name = 'SignInThrottle1765210000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sign_in_throttle (
        key                 text PRIMARY KEY,
        window_started_at   timestamptz NOT NULL,
        failures            integer NOT NULL CHECK (failures >= 0),
        throttled_logged_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX sign_in_throttle_window_idx ON sign_in_throttle (window_started_at)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sign_in_throttle`);
  }
}
