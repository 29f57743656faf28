import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The two rollups the queue's counts read, and the key each groups the deleted rows by. */
const ROLLUPS = [
  {
    table: 'mention_daily_counts',
    grouped: `SELECT (posted_at AT TIME ZONE 'Europe/London')::date AS day, platform,
                     coalesce(top_category, 'none') AS category, status, hidden, count(*) AS n
              FROM old_rows GROUP BY 1, 2, 3, 4, 5`,
  },
  {
    table: 'mention_category_counts',
    grouped: `SELECT (r.posted_at AT TIME ZONE 'Europe/London')::date AS day, r.platform, k.category,
                     r.status, r.hidden, count(*) AS n
              FROM old_rows r CROSS JOIN LATERAL unnest(r.categories) AS k(category)
              GROUP BY 1, 2, 3, 4, 5`,
  },
];

/**
 * Posts retention and platform deletions removed, counted apart (`retired`) in the rollups.
 *
 * Those deletes leave the rollups' counts alone (`ou.keep_rollups`, DataProtection), so Trends keeps
 * its history once the posts behind it are gone. The queue reads the same rollups for its "N in this
 * view", which went on counting posts that no longer existed: 22 in a view listing none. Such a
 * delete now adds what it removed to `retired` instead; Trends reads `n`, the queue `n - retired`.
 * An erasure still takes the person's posts out of `n` itself. Posts removed before this migration
 * cannot be told apart from those still stored, so the counts are set right once here: `retired`
 * starts as the difference between each count and the rows still stored.
 */
export class RetiredCounts1766800000000 implements MigrationInterface {
  name = 'RetiredCounts1766800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, grouped } of ROLLUPS) {
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN retired bigint NOT NULL DEFAULT 0`);
      await queryRunner.query(`
        CREATE FUNCTION ${table}_on_retire() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE ${table} c SET retired = c.retired + d.n
          FROM (${grouped}) d
          WHERE (c.day, c.platform, c.category, c.status, c.hidden) = (d.day, d.platform, d.category, d.status, d.hidden);
          RETURN NULL;
        END
        $$`);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_retire AFTER DELETE ON mentions REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT WHEN (current_setting('ou.keep_rollups', true) = 'on')
        EXECUTE FUNCTION ${table}_on_retire()`);
    }
    await queryRunner.query(`
      UPDATE mention_daily_counts c SET retired = c.n - coalesce(s.n, 0)
      FROM mention_daily_counts k
      LEFT JOIN (SELECT (posted_at AT TIME ZONE 'Europe/London')::date AS day, platform,
                        coalesce(top_category, 'none') AS category, status, hidden, count(*) AS n
                   FROM mentions GROUP BY 1, 2, 3, 4, 5) s
        ON (s.day, s.platform, s.category, s.status, s.hidden) = (k.day, k.platform, k.category, k.status, k.hidden)
      WHERE (c.day, c.platform, c.category, c.status, c.hidden) = (k.day, k.platform, k.category, k.status, k.hidden)
        AND c.n <> coalesce(s.n, 0)`);
    await queryRunner.query(`
      UPDATE mention_category_counts c SET retired = c.n - coalesce(s.n, 0)
      FROM mention_category_counts k
      LEFT JOIN (SELECT (r.posted_at AT TIME ZONE 'Europe/London')::date AS day, r.platform, u.category,
                        r.status, r.hidden, count(*) AS n
                   FROM mentions r CROSS JOIN LATERAL unnest(r.categories) AS u(category) GROUP BY 1, 2, 3, 4, 5) s
        ON (s.day, s.platform, s.category, s.status, s.hidden) = (k.day, k.platform, k.category, k.status, k.hidden)
      WHERE (c.day, c.platform, c.category, c.status, c.hidden) = (k.day, k.platform, k.category, k.status, k.hidden)
        AND c.n <> coalesce(s.n, 0)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of ROLLUPS) {
      await queryRunner.query(`DROP TRIGGER ${table}_retire ON mentions`);
      await queryRunner.query(`DROP FUNCTION ${table}_on_retire()`);
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN retired`);
    }
  }
}
