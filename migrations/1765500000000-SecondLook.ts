import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * mentions.second_look: the urgent categories (safeguarding, threat) the model scored under their
 * threshold but over the second-look floor — someone's life may be at risk and the model is unsure
 * (issue 21, DESIGN.md §8). Written by ingestion with the row; no classifications row carries it,
 * because the post is not flagged under those categories.
 *
 * mentions_second_look_risk_idx: the Second look view walks it in the queue's risk order, like the
 * per-category indexes (QueueCategories, ThreatCategory) it sits beside; the newest sort and the
 * status filter read posted_at and status from the few rows it holds.
 */
export class SecondLook1765500000000 implements MigrationInterface {
  name = 'SecondLook1765500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE mentions ADD COLUMN second_look text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `CREATE INDEX mentions_second_look_risk_idx ON mentions (risk_score DESC, id DESC) INCLUDE (status, pinned)
       WHERE second_look <> '{}'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX mentions_second_look_risk_idx`);
    await queryRunner.query(`ALTER TABLE mentions DROP COLUMN second_look`);
  }
}
