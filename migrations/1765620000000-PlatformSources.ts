import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One source row per second-wave platform (issue 15), so the Sources page and
 * `npm run ingest -- --once --source <platform>` find each. Like the X row, a source polls only when
 * its platform's variables are set; until then the page says which are missing.
 */
export class PlatformSources1765620000000 implements MigrationInterface {
  name = 'PlatformSources1765620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO sources (kind, name, enabled, poll_interval_seconds)
      VALUES ('mastodon', 'Mastodon', true, 300), ('bluesky', 'Bluesky', true, 300),
             ('reddit', 'Reddit', true, 300), ('youtube', 'YouTube', true, 900),
             ('rss', 'RSS and Atom feeds', true, 900)
      ON CONFLICT (name) DO NOTHING`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM sources WHERE name IN ('Mastodon', 'Bluesky', 'Reddit', 'YouTube', 'RSS and Atom feeds')
         AND NOT EXISTS (SELECT 1 FROM ingest_runs r WHERE r.source_id = sources.id)
         AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.source_id = sources.id)`,
    );
  }
}
