import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trends (issue 8).
 *
 * mention_daily_counts: mentions per Europe/London day of posting × platform × top category
 * ('none' when unflagged) × status × hidden. Statement-level triggers with transition tables keep
 * it current for every insert, update, delete and truncate of mentions, so ingestion, triage and
 * reclassification update it in their own transactions and a multi-row insert costs one upsert per
 * group rather than one per row. A 365-day chart reads a few thousand rows instead of a million.
 *
 * mentions.first_action_at: when a person first acted on the mention — the earliest of its
 * mention_marks rows and its audit_log rows for mention.hide / mark / escalate / assign / note.
 * Kept by insert triggers on both tables (audit_log stays append-only: the trigger only reads it).
 * Time to first action = first_action_at − ingested_at.
 *
 * spike_alerts: what the spike job raised; one row per category, window and window end.
 */
export class TrendsRollup1764700000000 implements MigrationInterface {
  name = 'TrendsRollup1764700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mention_daily_counts (
        day      date    NOT NULL,
        platform text    NOT NULL,
        category text    NOT NULL,
        status   text    NOT NULL,
        hidden   boolean NOT NULL,
        n        bigint  NOT NULL,
        PRIMARY KEY (day, platform, category, status, hidden)
      )`);

    await queryRunner.query(`
      CREATE FUNCTION mention_daily_counts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO mention_daily_counts AS c (day, platform, category, status, hidden, n)
        SELECT (posted_at AT TIME ZONE 'Europe/London')::date, platform, coalesce(top_category, 'none'),
               status, hidden, count(*)
        FROM new_rows GROUP BY 1, 2, 3, 4, 5
        ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, platform, category, status, hidden) DO UPDATE SET n = c.n + excluded.n;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION mention_daily_counts_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE mention_daily_counts c SET n = c.n - d.n
        FROM (SELECT (posted_at AT TIME ZONE 'Europe/London')::date AS day, platform,
                     coalesce(top_category, 'none') AS category, status, hidden, count(*) AS n
              FROM old_rows GROUP BY 1, 2, 3, 4, 5) d
        WHERE (c.day, c.platform, c.category, c.status, c.hidden) = (d.day, d.platform, d.category, d.status, d.hidden);
        RETURN NULL;
      END
      $$`);
    // Only rows whose grouping changed move between counts: most updates (a note, a version bump,
    // first_action_at) change nothing here.
    await queryRunner.query(`
      CREATE FUNCTION mention_daily_counts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        WITH moved AS (
          SELECT o.posted_at AS old_posted_at, o.platform AS old_platform, o.top_category AS old_category,
                 o.status AS old_status, o.hidden AS old_hidden,
                 n.posted_at, n.platform, n.top_category, n.status, n.hidden
          FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE (o.posted_at AT TIME ZONE 'Europe/London')::date <> (n.posted_at AT TIME ZONE 'Europe/London')::date
             OR o.platform <> n.platform OR o.top_category IS DISTINCT FROM n.top_category
             OR o.status <> n.status OR o.hidden <> n.hidden
        ), delta AS (
          SELECT (posted_at AT TIME ZONE 'Europe/London')::date AS day, platform,
                 coalesce(top_category, 'none') AS category, status, hidden, 1 AS n FROM moved
          UNION ALL
          SELECT (old_posted_at AT TIME ZONE 'Europe/London')::date, old_platform,
                 coalesce(old_category, 'none'), old_status, old_hidden, -1 FROM moved
        )
        INSERT INTO mention_daily_counts AS c (day, platform, category, status, hidden, n)
        SELECT day, platform, category, status, hidden, sum(n) FROM delta
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0
        ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, platform, category, status, hidden) DO UPDATE SET n = c.n + excluded.n;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION mention_daily_counts_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM mention_daily_counts;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER mention_daily_counts_insert AFTER INSERT ON mentions
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_daily_counts_on_insert()`);
    await queryRunner.query(`
      CREATE TRIGGER mention_daily_counts_delete AFTER DELETE ON mentions
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_daily_counts_on_delete()`);
    await queryRunner.query(`
      CREATE TRIGGER mention_daily_counts_update AFTER UPDATE ON mentions
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION mention_daily_counts_on_update()`);
    await queryRunner.query(`
      CREATE TRIGGER mention_daily_counts_truncate AFTER TRUNCATE ON mentions
      FOR EACH STATEMENT EXECUTE FUNCTION mention_daily_counts_on_truncate()`);
    await queryRunner.query(`
      INSERT INTO mention_daily_counts (day, platform, category, status, hidden, n)
      SELECT (posted_at AT TIME ZONE 'Europe/London')::date, platform, coalesce(top_category, 'none'),
             status, hidden, count(*)
      FROM mentions GROUP BY 1, 2, 3, 4, 5`);

    await queryRunner.query(`ALTER TABLE mentions ADD COLUMN first_action_at timestamptz`);
    await queryRunner.query(`
      CREATE FUNCTION mentions_note_first_action(mention bigint, acted_at timestamptz) RETURNS void
      LANGUAGE sql AS $$
        UPDATE mentions SET first_action_at = acted_at
        WHERE id = mention AND (first_action_at IS NULL OR first_action_at > acted_at)
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION mention_marks_first_action() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM mentions_note_first_action(NEW.mention_id, NEW.created_at);
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_first_action() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.target_id ~ '^[0-9]{1,18}$' THEN
          PERFORM mentions_note_first_action(NEW.target_id::bigint, NEW.at);
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER mention_marks_first_action AFTER INSERT ON mention_marks
      FOR EACH ROW EXECUTE FUNCTION mention_marks_first_action()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_first_action AFTER INSERT ON audit_log FOR EACH ROW
      WHEN (NEW.action IN ('mention.hide', 'mention.mark', 'mention.escalate', 'mention.assign', 'mention.note'))
      EXECUTE FUNCTION audit_log_first_action()`);
    await queryRunner.query(`
      UPDATE mentions m SET first_action_at = f.at
      FROM (SELECT mention_id, min(at) AS at FROM (
              SELECT mention_id, created_at AS at FROM mention_marks
              UNION ALL
              SELECT target_id::bigint, at FROM audit_log
              WHERE action IN ('mention.hide', 'mention.mark', 'mention.escalate', 'mention.assign', 'mention.note')
                AND target_id ~ '^[0-9]{1,18}$') a
            GROUP BY mention_id) f
      WHERE f.mention_id = m.id`);
    await queryRunner.query(`
      CREATE INDEX mentions_first_action_idx ON mentions (ingested_at) INCLUDE (first_action_at)
      WHERE first_action_at IS NOT NULL`);

    // Spike detection counts one category's posts hour by hour.
    await queryRunner.query(
      `CREATE INDEX mentions_category_posted_idx ON mentions (top_category, posted_at) WHERE top_category IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX escalations_created_idx ON escalations (created_at)`);
    await queryRunner.query(
      `CREATE INDEX escalations_closed_idx ON escalations (closed_at) WHERE closed_at IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE spike_alerts (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        category        text NOT NULL,
        "window"        text NOT NULL CHECK ("window" IN ('hour', 'day')),
        window_start    timestamptz NOT NULL,
        window_end      timestamptz NOT NULL,
        count           integer NOT NULL,
        baseline_median real NOT NULL,
        baseline_mad    real NOT NULL,
        threshold       real NOT NULL,
        terms           text[] NOT NULL DEFAULT '{}',
        created_at      timestamptz NOT NULL DEFAULT now(),
        acknowledged_at timestamptz,
        acknowledged_by uuid REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT spike_alerts_once UNIQUE (category, "window", window_end)
      )`);
    await queryRunner.query(`CREATE INDEX spike_alerts_recent_idx ON spike_alerts (created_at DESC)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE spike_alerts`);
    await queryRunner.query(`DROP INDEX escalations_closed_idx`);
    await queryRunner.query(`DROP INDEX escalations_created_idx`);
    await queryRunner.query(`DROP INDEX mentions_category_posted_idx`);
    await queryRunner.query(`DROP TRIGGER audit_log_first_action ON audit_log`);
    await queryRunner.query(`DROP TRIGGER mention_marks_first_action ON mention_marks`);
    await queryRunner.query(`DROP FUNCTION audit_log_first_action()`);
    await queryRunner.query(`DROP FUNCTION mention_marks_first_action()`);
    await queryRunner.query(`DROP FUNCTION mentions_note_first_action(bigint, timestamptz)`);
    await queryRunner.query(`ALTER TABLE mentions DROP COLUMN first_action_at`);
    for (const op of ['insert', 'delete', 'update', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER mention_daily_counts_${op} ON mentions`);
      await queryRunner.query(`DROP FUNCTION mention_daily_counts_on_${op}()`);
    }
    await queryRunner.query(`DROP TABLE mention_daily_counts`);
  }
}
