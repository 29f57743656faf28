import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createStatementTriggers, dropStatementTriggers } from './statement-triggers.js';

/**
 * Top authors over a year under 100 ms at a million mentions (issue 20). mention_author_days holds
 * about one row per author and day, so ranking a year of it groups nearly as many rows as there are
 * flagged posts. mention_author_flagged holds one row per author ever flagged: their flagged posts
 * over everything the author-day rollup still holds, and the last day one was posted.
 *
 * Retention keeps flagged posts about a year, so a year's range covers nearly all of the author-day
 * rollup: top authors over it reads these totals and subtracts the few flagged author-days outside
 * the range (TrendsRepository.topAuthors), which is exact. A short range still groups its own days.
 *
 * Kept by statement-level triggers on mention_author_days itself, so every way a row there changes
 * (the mentions triggers, an erasure deleting an author's rows, a truncate) moves the totals too; a
 * total that reaches zero is removed, so no handle outlives its flagged rows.
 */
export class AuthorFlaggedTotals1766600000000 implements MigrationInterface {
  name = 'AuthorFlaggedTotals1766600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mention_author_flagged (
        platform      text   NOT NULL,
        author_handle text   NOT NULL,
        flagged       bigint NOT NULL,
        last_flagged  date   NOT NULL,
        PRIMARY KEY (platform, author_handle)
      )`);
    await queryRunner.query(
      `CREATE INDEX mention_author_flagged_empty_idx ON mention_author_flagged (platform) WHERE flagged <= 0`,
    );
    // Flagged per author-day that changed: + for what a statement added, − for what it took away.
    const delta = (source: string, sign: number) =>
      `SELECT platform, author_handle, day, ${sign} * flagged AS flagged FROM ${source} WHERE flagged <> 0`;
    // Adds the changes to each author's count; their last flagged day is read again from their
    // rows (the primary key, newest first), so a day that lost its flagged posts is forgotten too.
    // Totals brought to zero go; the partial index keeps that step to the rows it removes.
    const apply = (deltas: string) => `
        INSERT INTO mention_author_flagged AS t (platform, author_handle, flagged, last_flagged)
        SELECT d.platform, d.author_handle, d.flagged,
               coalesce((SELECT max(a.day) FROM mention_author_days a
                          WHERE a.platform = d.platform AND a.author_handle = d.author_handle AND a.flagged > 0),
                        '-infinity'::date)
        FROM (SELECT platform, author_handle, sum(flagged) AS flagged
                FROM (SELECT platform, author_handle, day, sum(flagged) AS flagged FROM (${deltas}) x
                      GROUP BY 1, 2, 3 HAVING sum(flagged) <> 0) per_day
               GROUP BY 1, 2) d
        ORDER BY 1, 2
        ON CONFLICT (platform, author_handle)
        DO UPDATE SET flagged = t.flagged + excluded.flagged, last_flagged = excluded.last_flagged;
        DELETE FROM mention_author_flagged WHERE flagged <= 0`;
    await queryRunner.query(`
      CREATE FUNCTION mention_author_flagged_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${apply(delta('new_rows', 1))};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION mention_author_flagged_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${apply(delta('old_rows', -1))};
        RETURN NULL;
      END
      $$`);
    // Most updates there change only the mentions column: their flagged deltas cancel day by day and
    // nothing moves.
    await queryRunner.query(`
      CREATE FUNCTION mention_author_flagged_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${apply(`${delta('new_rows', 1)} UNION ALL ${delta('old_rows', -1)}`)};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION mention_author_flagged_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM mention_author_flagged;
        RETURN NULL;
      END
      $$`);
    await createStatementTriggers(queryRunner, 'mention_author_days', 'mention_author_flagged');
    await queryRunner.query(`
      INSERT INTO mention_author_flagged (platform, author_handle, flagged, last_flagged)
      SELECT platform, author_handle, sum(flagged), max(day)
      FROM mention_author_days WHERE flagged > 0 GROUP BY 1, 2`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropStatementTriggers(queryRunner, 'mention_author_days', 'mention_author_flagged');
    await queryRunner.query(`DROP TABLE mention_author_flagged`);
  }
}
