import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Units a platform's daily quota has spent (issue 15): YouTube grants 10,000 units a day per API
 * key, reset at midnight Pacific time, and a search costs 100. Counted in the database rather than
 * in a process, so replicas, the ingest CLI and restarts share one count and never overspend it.
 */
export class PlatformQuotaUsage1765610000000 implements MigrationInterface {
  name = 'PlatformQuotaUsage1765610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE platform_quota_usage (
        platform   text NOT NULL,
        day        date NOT NULL,
        used       integer NOT NULL CHECK (used >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (platform, day)
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE platform_quota_usage`);
  }
}
