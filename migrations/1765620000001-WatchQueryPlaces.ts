import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a watch query looks beyond keyword search (issue 15): Reddit communities whose new posts
 * are read whatever they say, and RSS/Atom feed URLs (news searches, blogs, Google Alerts) added
 * on the Sources page. The default query watches r/OpenUniversity.
 */
export class WatchQueryPlaces1765620000001 implements MigrationInterface {
  name = 'WatchQueryPlaces1765620000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE watch_queries
        ADD COLUMN subreddits text[] NOT NULL DEFAULT '{}',
        ADD COLUMN feeds text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `UPDATE watch_queries SET subreddits = '{OpenUniversity}' WHERE name = 'The Open University'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE watch_queries DROP COLUMN feeds, DROP COLUMN subreddits`);
  }
}
