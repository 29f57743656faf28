import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createStatementTriggers, dropStatementTriggers } from './statement-triggers.js';

/** The categories classifications allows (CoreSchema's check), as they were when this ran. */
const CATEGORIES = ['confidential', 'litigation', 'disrepute', 'personal_data', 'safeguarding', 'academic_misconduct'];

/**
 * The triage queue at a million mentions (issue 6, Performance).
 *
 * mentions.categories: every category the mention is classified under, in byte order — a copy of
 * its classifications rows kept by statement-level triggers on classifications, so whoever writes
 * a verdict (ingestion, a reclassification, a seed) keeps it true. Ingestion also writes it with
 * the row, so the trigger finds nothing to change. A category filter then walks a per-category
 * partial index in risk order instead of probing classifications row by row.
 *
 * mentions.pinned: new and flagged for safeguarding — the mentions the queue holds at the top until
 * someone acts on them. A stored generated column, so it can never disagree with status or
 * categories, with a small partial index in risk order.
 *
 * mention_category_counts: mentions per Europe/London day of posting × platform × category (each
 * one the mention has, unlike mention_daily_counts' top category) × status × hidden, kept by
 * statement-level triggers on mentions like mention_daily_counts. The queue's count per category
 * reads it instead of joining a million mentions to their classifications.
 *
 * mentions_ingested_idx: "new since you last looked" counts the mentions ingested after a time.
 */
export class QueueCategories1764900000000 implements MigrationInterface {
  name = 'QueueCategories1764900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE mentions ADD COLUMN categories text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      UPDATE mentions m SET categories = c.categories
      FROM (SELECT mention_id, array_agg(category ORDER BY category COLLATE "C") AS categories
            FROM classifications GROUP BY mention_id) c
      WHERE c.mention_id = m.id`);

    // Recomputes the copy for the mentions whose classifications a statement touched; rows whose
    // copy is already right are left alone (no new row version, no trigger work).
    await queryRunner.query(`
      CREATE FUNCTION mentions_refresh_categories(ids bigint[]) RETURNS void LANGUAGE sql AS $$
        UPDATE mentions m SET categories = fresh.categories
        FROM (SELECT i.id, coalesce(array_agg(c.category ORDER BY c.category COLLATE "C")
                                      FILTER (WHERE c.category IS NOT NULL), '{}') AS categories
              FROM unnest(ids) AS i(id) LEFT JOIN classifications c ON c.mention_id = i.id
              GROUP BY i.id) fresh
        WHERE m.id = fresh.id AND m.categories IS DISTINCT FROM fresh.categories
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION classifications_sync_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM mentions_refresh_categories(ARRAY(SELECT DISTINCT mention_id FROM new_rows ORDER BY 1));
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION classifications_sync_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM mentions_refresh_categories(ARRAY(SELECT DISTINCT mention_id FROM old_rows ORDER BY 1));
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION classifications_sync_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM mentions_refresh_categories(ARRAY(SELECT mention_id FROM old_rows
                                                  UNION SELECT mention_id FROM new_rows ORDER BY 1));
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION classifications_sync_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE mentions SET categories = '{}' WHERE categories <> '{}';
        RETURN NULL;
      END
      $$`);
    await createStatementTriggers(queryRunner, 'classifications', 'classifications_sync');

    await queryRunner.query(`
      ALTER TABLE mentions ADD COLUMN pinned boolean
        GENERATED ALWAYS AS (status = 'new' AND categories @> '{safeguarding}') STORED`);
    // The queue's walks in risk order. Each carries the columns its filters read, so a walk that
    // skips rows (another status, pinned or not) skips them in the index without visiting the table.
    await queryRunner.query(
      `CREATE INDEX mentions_pinned_idx ON mentions (risk_score DESC, id DESC) INCLUDE (status, categories)
       WHERE pinned`,
    );
    // The default queue (new and reviewed) below the pinned ones.
    await queryRunner.query(
      `CREATE INDEX mentions_open_risk_idx ON mentions (risk_score DESC, id DESC)
       WHERE status IN ('new', 'reviewed') AND NOT pinned`,
    );
    for (const code of CATEGORIES) {
      await queryRunner.query(
        `CREATE INDEX mentions_${code}_risk_idx ON mentions (risk_score DESC, id DESC) INCLUDE (status, pinned)
         WHERE categories @> '{${code}}'`,
      );
    }
    await queryRunner.query(`CREATE INDEX mentions_ingested_idx ON mentions (ingested_at)`);

    await queryRunner.query(`
      CREATE TABLE mention_category_counts (
        day      date    NOT NULL,
        platform text    NOT NULL,
        category text    NOT NULL,
        status   text    NOT NULL,
        hidden   boolean NOT NULL,
        n        bigint  NOT NULL,
        PRIMARY KEY (day, platform, category, status, hidden)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION mention_category_counts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO mention_category_counts AS c (day, platform, category, status, hidden, n)
        SELECT (r.posted_at AT TIME ZONE 'Europe/London')::date, r.platform, k.category, r.status, r.hidden, count(*)
        FROM new_rows r CROSS JOIN LATERAL unnest(r.categories) AS k(category)
        GROUP BY 1, 2, 3, 4, 5
        ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, platform, category, status, hidden) DO UPDATE SET n = c.n + excluded.n;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION mention_category_counts_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE mention_category_counts c SET n = c.n - d.n
        FROM (SELECT (r.posted_at AT TIME ZONE 'Europe/London')::date AS day, r.platform, k.category,
                     r.status, r.hidden, count(*) AS n
              FROM old_rows r CROSS JOIN LATERAL unnest(r.categories) AS k(category)
              GROUP BY 1, 2, 3, 4, 5) d
        WHERE (c.day, c.platform, c.category, c.status, c.hidden) = (d.day, d.platform, d.category, d.status, d.hidden);
        RETURN NULL;
      END
      $$`);
    // As for mention_daily_counts, only rows whose grouping changed move: a note or a version bump
    // costs a join of the transition tables and nothing more.
    await queryRunner.query(`
      CREATE FUNCTION mention_category_counts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        WITH moved AS (
          SELECT o.posted_at AS old_posted_at, o.platform AS old_platform, o.categories AS old_categories,
                 o.status AS old_status, o.hidden AS old_hidden,
                 n.posted_at, n.platform, n.categories, n.status, n.hidden
          FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE (o.posted_at AT TIME ZONE 'Europe/London')::date <> (n.posted_at AT TIME ZONE 'Europe/London')::date
             OR o.platform <> n.platform OR o.categories <> n.categories
             OR o.status <> n.status OR o.hidden <> n.hidden
        ), delta AS (
          SELECT (m.posted_at AT TIME ZONE 'Europe/London')::date AS day, m.platform, k.category, m.status, m.hidden,
                 1 AS n
          FROM moved m CROSS JOIN LATERAL unnest(m.categories) AS k(category)
          UNION ALL
          SELECT (m.old_posted_at AT TIME ZONE 'Europe/London')::date, m.old_platform, k.category, m.old_status,
                 m.old_hidden, -1
          FROM moved m CROSS JOIN LATERAL unnest(m.old_categories) AS k(category)
        )
        INSERT INTO mention_category_counts AS c (day, platform, category, status, hidden, n)
        SELECT day, platform, category, status, hidden, sum(n) FROM delta
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0
        ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, platform, category, status, hidden) DO UPDATE SET n = c.n + excluded.n;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION mention_category_counts_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM mention_category_counts;
        RETURN NULL;
      END
      $$`);
    await createStatementTriggers(queryRunner, 'mentions', 'mention_category_counts');
    await queryRunner.query(`
      INSERT INTO mention_category_counts (day, platform, category, status, hidden, n)
      SELECT (m.posted_at AT TIME ZONE 'Europe/London')::date, m.platform, k.category, m.status, m.hidden, count(*)
      FROM mentions m CROSS JOIN LATERAL unnest(m.categories) AS k(category)
      GROUP BY 1, 2, 3, 4, 5`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropStatementTriggers(queryRunner, 'mentions', 'mention_category_counts');
    await dropStatementTriggers(queryRunner, 'classifications', 'classifications_sync');
    await queryRunner.query(`DROP TABLE mention_category_counts`);
    await queryRunner.query(`DROP FUNCTION mentions_refresh_categories(bigint[])`);
    await queryRunner.query(`DROP INDEX mentions_ingested_idx`);
    // Dropping the columns drops the indexes on them.
    await queryRunner.query(`ALTER TABLE mentions DROP COLUMN pinned`);
    await queryRunner.query(`ALTER TABLE mentions DROP COLUMN categories`);
  }
}
