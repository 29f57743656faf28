import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createStatementTriggers, dropStatementTriggers } from './statement-triggers.js';

/**
 * Top authors over a year without grouping a million posts (issue 20: 770 ms before).
 *
 * mention_author_days: mentions per platform × author handle × Europe/London day of posting, and how
 * many of them were flagged (a top category); kept by statement-level triggers on mentions like the
 * other rollups. The top list ranks the flagged rows through a partial index and then reads the
 * totals of the few authors it keeps.
 *
 * Unlike the count rollups, this one holds who posted (a handle), so it follows every delete:
 * retention and platform deletions too (no `ou.keep_rollups` condition on its delete trigger), and
 * a row whose count reaches zero is removed. When a post goes, its author goes from the rollup.
 */
export class AuthorDayRollup1766100000000 implements MigrationInterface {
  name = 'AuthorDayRollup1766100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mention_author_days (
        platform      text   NOT NULL,
        author_handle text   NOT NULL,
        day           date   NOT NULL,
        mentions      bigint NOT NULL,
        flagged       bigint NOT NULL,
        PRIMARY KEY (platform, author_handle, day)
      )`);
    await queryRunner.query(`
      CREATE INDEX mention_author_days_flagged_idx ON mention_author_days (day)
        INCLUDE (platform, author_handle, flagged) WHERE flagged > 0`);
    await queryRunner.query(
      `CREATE INDEX mention_author_days_empty_idx ON mention_author_days (day) WHERE mentions <= 0`,
    );
    const rows = (source: string, sign: number) => `
      SELECT r.platform, r.author_handle, (r.posted_at AT TIME ZONE 'Europe/London')::date AS day,
             ${sign} AS mentions, CASE WHEN r.top_category IS NULL THEN 0 ELSE ${sign} END AS flagged
      FROM ${source} r WHERE r.author_handle IS NOT NULL`;
    // Adds the deltas, then removes the rows they brought to zero (so no handle outlives its posts);
    // the partial index keeps that second step to the rows it removes.
    const apply = (deltas: string) => `
        INSERT INTO mention_author_days AS c (platform, author_handle, day, mentions, flagged)
        SELECT platform, author_handle, day, sum(mentions), sum(flagged) FROM (${deltas}) d
        GROUP BY 1, 2, 3 HAVING sum(mentions) <> 0 OR sum(flagged) <> 0
        ORDER BY 1, 2, 3
        ON CONFLICT (platform, author_handle, day)
        DO UPDATE SET mentions = c.mentions + excluded.mentions, flagged = c.flagged + excluded.flagged;
        DELETE FROM mention_author_days WHERE mentions <= 0`;
    await queryRunner.query(`
      CREATE FUNCTION mention_author_days_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${apply(rows('new_rows', 1))};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION mention_author_days_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${apply(rows('old_rows', -1))};
        RETURN NULL;
      END
      $$`);
    // Only rows whose author, platform, day of posting or flag changed move: triage's updates cost a join.
    await queryRunner.query(`
      CREATE FUNCTION mention_author_days_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        WITH moved AS (
          SELECT o.platform AS old_platform, o.author_handle AS old_author_handle, o.posted_at AS old_posted_at,
                 o.top_category AS old_top_category, n.platform, n.author_handle, n.posted_at, n.top_category
          FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE o.platform <> n.platform
             OR o.author_handle IS DISTINCT FROM n.author_handle
             OR (o.posted_at AT TIME ZONE 'Europe/London')::date <> (n.posted_at AT TIME ZONE 'Europe/London')::date
             OR (o.top_category IS NULL) <> (n.top_category IS NULL)
        )
        ${apply(`${rows('(SELECT platform, author_handle, posted_at, top_category FROM moved)', 1)}
          UNION ALL
          ${rows(
            `(SELECT old_platform AS platform, old_author_handle AS author_handle, old_posted_at AS posted_at,
                     old_top_category AS top_category FROM moved)`,
            -1,
          )}`)};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION mention_author_days_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM mention_author_days;
        RETURN NULL;
      END
      $$`);
    await createStatementTriggers(queryRunner, 'mentions', 'mention_author_days');
    await queryRunner.query(`INSERT INTO mention_author_days (platform, author_handle, day, mentions, flagged)
      SELECT platform, author_handle, day, sum(mentions), sum(flagged) FROM (${rows('mentions', 1)}) d GROUP BY 1, 2, 3`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropStatementTriggers(queryRunner, 'mentions', 'mention_author_days');
    await queryRunner.query(`DROP TABLE mention_author_days`);
  }
}
