import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts (issue 16 §4–5): the watchlist, reports of accounts to their platform, the official
 * accounts admins keep, and two flags on mentions the queue can filter and sort on.
 *
 * mentions.watched_author is set when a mention arrives from an author on the watchlist (a trigger,
 * so every way in, ingest or otherwise, sets it). mentions.impersonation is 'OU' or 'OUSA' when the
 * author's name or handle presents them as one (policy 5.2) and they are not an official account;
 * it is set by the server's author-flags pass, which reads the names (author_checked says done).
 */
export class Authors1766500000001 implements MigrationInterface {
  name = 'Authors1766500000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE author_watchlist (
        platform       text NOT NULL,
        author_id      text NOT NULL,
        reason         text,
        added_by       uuid REFERENCES users (id) ON DELETE SET NULL,
        added_by_email text,
        added_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (platform, author_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE account_reports (
        id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        platform           text NOT NULL,
        author_id          text NOT NULL,
        reason             text NOT NULL CHECK (length(btrim(reason)) > 0),
        reported_by        uuid REFERENCES users (id) ON DELETE SET NULL,
        reported_by_email  text,
        created_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX account_reports_author_idx ON account_reports (platform, author_id, id)`);
    await queryRunner.query(`
      CREATE TABLE official_accounts (
        platform  text NOT NULL,
        handle    text NOT NULL CHECK (handle = lower(handle) AND handle !~ '^@'),
        label     text,
        added_by  uuid REFERENCES users (id) ON DELETE SET NULL,
        added_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (platform, handle)
      )`);
    await queryRunner.query(`ALTER TABLE mentions ADD COLUMN watched_author boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE mentions ADD COLUMN impersonation text CHECK (impersonation IN ('OU', 'OUSA'))`,
    );
    await queryRunner.query(`ALTER TABLE mentions ADD COLUMN author_checked boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX mentions_author_unchecked_idx ON mentions (id) WHERE NOT author_checked`);
    await queryRunner.query(`
      CREATE FUNCTION mentions_watched_author() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.watched_author := NEW.author_id IS NOT NULL AND EXISTS (
          SELECT 1 FROM author_watchlist w WHERE w.platform = NEW.platform AND w.author_id = NEW.author_id);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER mentions_watched_author BEFORE INSERT ON mentions
        FOR EACH ROW EXECUTE FUNCTION mentions_watched_author()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER mentions_watched_author ON mentions`);
    await queryRunner.query(`DROP FUNCTION mentions_watched_author()`);
    await queryRunner.query(`DROP INDEX mentions_author_unchecked_idx`);
    await queryRunner.query(`ALTER TABLE mentions DROP COLUMN author_checked`);
    await queryRunner.query(`ALTER TABLE mentions DROP COLUMN impersonation`);
    await queryRunner.query(`ALTER TABLE mentions DROP COLUMN watched_author`);
    await queryRunner.query(`DROP TABLE official_accounts`);
    await queryRunner.query(`DROP TABLE account_reports`);
    await queryRunner.query(`DROP TABLE author_watchlist`);
  }
}
