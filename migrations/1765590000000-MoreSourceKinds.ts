import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * sources.kind gains reddit (issue 15) and the OU's own facebook and instagram pages (issue 16),
 * beside the kinds the core schema already allowed (x, demo, mastodon, bluesky, rss, youtube).
 */
export class MoreSourceKinds1765590000000 implements MigrationInterface {
  name = 'MoreSourceKinds1765590000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE sources DROP CONSTRAINT sources_kind_check`);
    await queryRunner.query(
      `ALTER TABLE sources ADD CONSTRAINT sources_kind_check
         CHECK (kind IN ('x', 'demo', 'mastodon', 'bluesky', 'reddit', 'youtube', 'rss', 'facebook', 'instagram'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM sources WHERE kind IN ('reddit', 'facebook', 'instagram')`);
    await queryRunner.query(`ALTER TABLE sources DROP CONSTRAINT sources_kind_check`);
    await queryRunner.query(
      `ALTER TABLE sources ADD CONSTRAINT sources_kind_check
         CHECK (kind IN ('x', 'demo', 'mastodon', 'bluesky', 'rss', 'youtube'))`,
    );
  }
}
