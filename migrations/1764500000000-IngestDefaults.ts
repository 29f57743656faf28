import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sources and watch query a fresh install starts with (issue 4). The X source polls only when
 * X_BEARER_TOKEN is set and the demo source only while DEMO is on, so both rows can always exist;
 * admins switch them on and off and tune them from the Sources page.
 */
export class IngestDefaults1764500000000 implements MigrationInterface {
  name = 'IngestDefaults1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO sources (kind, name, enabled, poll_interval_seconds)
      VALUES ('x', 'X (Twitter)', true, 300), ('demo', 'Demo corpus', true, 60)
      ON CONFLICT (name) DO NOTHING`);
    await queryRunner.query(`
      INSERT INTO watch_queries (name, phrases, handles, hashtags, exclusions, include_reposts)
      VALUES ('The Open University', '{"Open University"}', '{OpenUniversity}', '{OpenUniversity}', '{}', false)
      ON CONFLICT (name) DO NOTHING`);
    // Health on the Sources page reads the latest runs of each source.
    await queryRunner.query(
      `CREATE INDEX ingest_runs_source_status_idx ON ingest_runs (source_id, status, started_at DESC)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ingest_runs_source_status_idx`);
    await queryRunner.query(`DELETE FROM watch_queries WHERE name = 'The Open University'`);
    await queryRunner.query(`DELETE FROM sources WHERE name IN ('X (Twitter)', 'Demo corpus')`);
  }
}
