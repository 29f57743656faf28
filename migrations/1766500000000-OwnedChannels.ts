import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The OU's YouTube channel and @OpenUniversity's X conversations as sources (issue 16), and
 * replies that are never sent twice.
 *
 * sources.kind gains youtube_channel and x_replies.
 *
 * platform_actions.lease_until: a sender has claimed the action until then (it is calling the
 * platform outside any transaction); another replica leaves it alone until the lease runs out.
 * platform_actions.send_started_at: a send was started; if the action is still pending afterwards,
 * the platform may have acted without our hearing it (the process died, or the answer was lost),
 * so a reply is looked for on the platform before it is sent again.
 */
export class OwnedChannels1766500000000 implements MigrationInterface {
  name = 'OwnedChannels1766500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE sources DROP CONSTRAINT sources_kind_check`);
    await queryRunner.query(
      `ALTER TABLE sources ADD CONSTRAINT sources_kind_check
         CHECK (kind IN ('x', 'demo', 'mastodon', 'bluesky', 'reddit', 'youtube', 'rss', 'facebook', 'instagram',
                         'youtube_channel', 'x_replies'))`,
    );
    await queryRunner.query(`ALTER TABLE platform_actions ADD COLUMN lease_until timestamptz`);
    await queryRunner.query(`ALTER TABLE platform_actions ADD COLUMN send_started_at timestamptz`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE platform_actions DROP COLUMN send_started_at`);
    await queryRunner.query(`ALTER TABLE platform_actions DROP COLUMN lease_until`);
    await queryRunner.query(`DELETE FROM sources WHERE kind IN ('youtube_channel', 'x_replies')`);
    await queryRunner.query(`ALTER TABLE sources DROP CONSTRAINT sources_kind_check`);
    await queryRunner.query(
      `ALTER TABLE sources ADD CONSTRAINT sources_kind_check
         CHECK (kind IN ('x', 'demo', 'mastodon', 'bluesky', 'reddit', 'youtube', 'rss', 'facebook', 'instagram'))`,
    );
  }
}
