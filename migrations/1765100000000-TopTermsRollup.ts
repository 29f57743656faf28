import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createStatementTriggers, dropStatementTriggers } from './statement-triggers.js';

/**
 * Top hashtags and link domains (issue 8) without reading every post of the range.
 *
 * mention_hashtags(text) / mention_link_domains(text): the distinct hashtags (lower case) and link
 * hosts (lower case, without "www.") in a post — the same patterns the top lists used to run over
 * `mentions.text` at query time.
 *
 * mention_daily_terms: mentions per Europe/London day of posting × kind × term, and how many of them
 * were flagged (a top category), kept by statement-level triggers on mentions like the other
 * rollups. A mention counts once per term however often it repeats it. A year's top list reads a
 * few thousand rows instead of scanning a million posts with regular expressions.
 */
export class TopTermsRollup1765100000000 implements MigrationInterface {
  name = 'TopTermsRollup1765100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION mention_hashtags(body text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT lower(m[1])), '{}')
        FROM regexp_matches(body, '#([[:alnum:]_]+)', 'g') AS m
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION mention_link_domains(body text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT regexp_replace(lower(m[1]), '^www\\.', '')), '{}')
        FROM regexp_matches(body, 'https?://([A-Za-z0-9.-]+)', 'gi') AS m
      $$`);
    await queryRunner.query(`
      CREATE TABLE mention_daily_terms (
        kind     text   NOT NULL CHECK (kind IN ('hashtag', 'domain')),
        day      date   NOT NULL,
        term     text   NOT NULL,
        mentions bigint NOT NULL,
        flagged  bigint NOT NULL,
        PRIMARY KEY (kind, day, term)
      )`);
    // The terms of a set of mention rows, one row per mention and term, with +1 or -1.
    const terms = (rows: string, sign: number) => `
      SELECT t.kind, (r.posted_at AT TIME ZONE 'Europe/London')::date AS day, t.term,
             ${sign} AS mentions, CASE WHEN r.top_category IS NULL THEN 0 ELSE ${sign} END AS flagged
      FROM ${rows} r
      CROSS JOIN LATERAL (SELECT 'hashtag' AS kind, unnest(mention_hashtags(r.text)) AS term
                          UNION ALL
                          SELECT 'domain', unnest(mention_link_domains(r.text))) t`;
    const upsert = (deltas: string) => `
        INSERT INTO mention_daily_terms AS c (kind, day, term, mentions, flagged)
        SELECT kind, day, term, sum(mentions), sum(flagged) FROM (${deltas}) d
        GROUP BY 1, 2, 3 HAVING sum(mentions) <> 0 OR sum(flagged) <> 0
        ORDER BY 1, 2, 3
        ON CONFLICT (kind, day, term)
        DO UPDATE SET mentions = c.mentions + excluded.mentions, flagged = c.flagged + excluded.flagged`;
    await queryRunner.query(`
      CREATE FUNCTION mention_daily_terms_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${upsert(terms('new_rows', 1))};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION mention_daily_terms_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${upsert(terms('old_rows', -1))};
        RETURN NULL;
      END
      $$`);
    // Only rows whose text, day of posting or flag changed move: triage's updates cost a join.
    await queryRunner.query(`
      CREATE FUNCTION mention_daily_terms_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        WITH moved AS (
          SELECT o.text AS old_text, o.posted_at AS old_posted_at, o.top_category AS old_top_category,
                 n.text, n.posted_at, n.top_category
          FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE o.text <> n.text
             OR (o.posted_at AT TIME ZONE 'Europe/London')::date <> (n.posted_at AT TIME ZONE 'Europe/London')::date
             OR (o.top_category IS NULL) <> (n.top_category IS NULL)
        )
        ${upsert(`${terms('(SELECT text, posted_at, top_category FROM moved)', 1)}
          UNION ALL
          ${terms('(SELECT old_text AS text, old_posted_at AS posted_at, old_top_category AS top_category FROM moved)', -1)}`)};
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION mention_daily_terms_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM mention_daily_terms;
        RETURN NULL;
      END
      $$`);
    await createStatementTriggers(queryRunner, 'mentions', 'mention_daily_terms');
    await queryRunner.query(`INSERT INTO mention_daily_terms (kind, day, term, mentions, flagged)
      SELECT kind, day, term, sum(mentions), sum(flagged) FROM (${terms('mentions', 1)}) d GROUP BY 1, 2, 3`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropStatementTriggers(queryRunner, 'mentions', 'mention_daily_terms');
    await queryRunner.query(`DROP TABLE mention_daily_terms`);
    await queryRunner.query(`DROP FUNCTION mention_link_domains(text)`);
    await queryRunner.query(`DROP FUNCTION mention_hashtags(text)`);
  }
}
