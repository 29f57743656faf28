import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The core tables of DESIGN.md §3. Later capabilities add their own migrations.
 *
 * High-volume tables use bigint identities (cheap keyset pagination); users use uuids so that
 * identifiers in URLs and audit rows cannot be enumerated.
 */
export class CoreSchema1764340000000 implements MigrationInterface {
  name = 'CoreSchema1764340000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email         text NOT NULL,
        display_name  text NOT NULL,
        role          text NOT NULL CHECK (role IN ('comms', 'manager', 'discipline', 'admin')),
        password_hash text,
        oidc_issuer   text,
        oidc_subject  text,
        disabled_at   timestamptz,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_oidc_pair CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX users_oidc_key ON users (oidc_issuer, oidc_subject) WHERE oidc_issuer IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE sessions (
        id           text PRIMARY KEY,
        user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at   timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at   timestamptz NOT NULL,
        ip           text,
        user_agent   text
      )`);
    await queryRunner.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);

    await queryRunner.query(`
      CREATE TABLE sources (
        id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind                  text NOT NULL CHECK (kind IN ('x', 'demo', 'mastodon', 'bluesky', 'rss', 'youtube')),
        name                  text NOT NULL UNIQUE,
        enabled               boolean NOT NULL DEFAULT true,
        poll_interval_seconds integer NOT NULL DEFAULT 300 CHECK (poll_interval_seconds >= 10),
        config                jsonb NOT NULL DEFAULT '{}'::jsonb,
        retry_at              timestamptz,
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE watch_queries (
        id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name             text NOT NULL UNIQUE,
        phrases          text[] NOT NULL DEFAULT '{}',
        handles          text[] NOT NULL DEFAULT '{}',
        hashtags         text[] NOT NULL DEFAULT '{}',
        exclusions       text[] NOT NULL DEFAULT '{}',
        language         text,
        include_reposts  boolean NOT NULL DEFAULT false,
        enabled          boolean NOT NULL DEFAULT true,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE source_cursors (
        source_id  bigint NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        query_id   bigint NOT NULL REFERENCES watch_queries (id) ON DELETE CASCADE,
        cursor     jsonb NOT NULL DEFAULT '{}'::jsonb,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (source_id, query_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE ingest_runs (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source_id   bigint NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        started_at  timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        status      text NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running', 'ok', 'partial', 'rate_limited', 'failed')),
        fetched     integer NOT NULL DEFAULT 0,
        inserted    integer NOT NULL DEFAULT 0,
        duplicates  integer NOT NULL DEFAULT 0,
        quarantined integer NOT NULL DEFAULT 0,
        error       text,
        retry_at    timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX ingest_runs_source_idx ON ingest_runs (source_id, started_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE quarantine (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source_id   bigint REFERENCES sources (id) ON DELETE SET NULL,
        run_id      bigint REFERENCES ingest_runs (id) ON DELETE SET NULL,
        platform    text NOT NULL,
        external_id text,
        payload     jsonb NOT NULL,
        error       text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE mentions (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        platform        text NOT NULL,
        external_id     text NOT NULL,
        source_id       bigint REFERENCES sources (id) ON DELETE SET NULL,
        is_demo         boolean NOT NULL DEFAULT false,
        url             text,
        author_id       text,
        author_handle   text,
        author_name     text,
        text            text NOT NULL,
        lang            text,
        posted_at       timestamptz NOT NULL,
        ingested_at     timestamptz NOT NULL DEFAULT now(),
        conversation_id text,
        in_reply_to_id  text,
        metrics         jsonb NOT NULL DEFAULT '{}'::jsonb,
        status          text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'reviewed', 'escalated', 'hidden')),
        hidden          boolean NOT NULL DEFAULT false,
        platform_hidden boolean NOT NULL DEFAULT false,
        assignee_id     uuid REFERENCES users (id) ON DELETE SET NULL,
        top_category    text,
        risk_score      real NOT NULL DEFAULT 0 CHECK (risk_score >= 0 AND risk_score <= 1),
        version         integer NOT NULL DEFAULT 1,
        search          tsvector GENERATED ALWAYS AS (
                          to_tsvector('english',
                            coalesce(author_handle, '') || ' ' || coalesce(author_name, '') || ' ' || text)
                        ) STORED,
        CONSTRAINT mentions_platform_external_id_key UNIQUE (platform, external_id)
      )`);
    await queryRunner.query(`CREATE INDEX mentions_queue_idx ON mentions (status, risk_score DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX mentions_posted_at_idx ON mentions (posted_at)`);
    await queryRunner.query(
      `CREATE INDEX mentions_assignee_idx ON mentions (assignee_id) WHERE assignee_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX mentions_author_idx ON mentions (platform, author_id)`);
    await queryRunner.query(`CREATE INDEX mentions_search_idx ON mentions USING gin (search)`);

    await queryRunner.query(`
      CREATE TABLE classifications (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        mention_id    bigint NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
        category      text NOT NULL CHECK (category IN
                        ('confidential', 'litigation', 'disrepute', 'personal_data', 'safeguarding', 'academic_misconduct')),
        score         real NOT NULL CHECK (score >= 0 AND score <= 1),
        evidence      jsonb NOT NULL DEFAULT '[]'::jsonb,
        model_version text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT classifications_mention_category_key UNIQUE (mention_id, category)
      )`);
    await queryRunner.query(`CREATE INDEX classifications_category_idx ON classifications (category, mention_id)`);

    await queryRunner.query(`
      CREATE TABLE mention_marks (
        id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        mention_id           bigint NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
        user_id              uuid REFERENCES users (id) ON DELETE SET NULL,
        mark                 text NOT NULL CHECK (mark IN ('no_action', 'false_positive', 'needs_follow_up', 'responded')),
        corrected_categories text[],
        note                 text,
        created_at           timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX mention_marks_mention_idx ON mention_marks (mention_id, created_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE escalations (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        mention_id      bigint REFERENCES mentions (id) ON DELETE SET NULL,
        raised_by       uuid REFERENCES users (id) ON DELETE SET NULL,
        reason          text NOT NULL,
        categories      text[] NOT NULL DEFAULT '{}',
        severity        text NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'urgent')),
        status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'closed')),
        assignee_id     uuid REFERENCES users (id) ON DELETE SET NULL,
        outcome         text CHECK (outcome IN
                          ('no_further_action', 'informal_caution', 'referred_student_discipline', 'referred_police', 'other')),
        outcome_note    text,
        closed_at       timestamptz,
        evidence        jsonb NOT NULL,
        evidence_sha256 text NOT NULL,
        legal_hold      boolean NOT NULL DEFAULT true,
        version         integer NOT NULL DEFAULT 1,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT escalations_closed_has_outcome CHECK (status <> 'closed' OR outcome IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX escalations_inbox_idx ON escalations (status, severity, created_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE notes (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        mention_id    bigint REFERENCES mentions (id) ON DELETE CASCADE,
        escalation_id bigint REFERENCES escalations (id) ON DELETE CASCADE,
        author_id     uuid REFERENCES users (id) ON DELETE SET NULL,
        body          text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notes_has_subject CHECK (mention_id IS NOT NULL OR escalation_id IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX notes_mention_idx ON notes (mention_id) WHERE mention_id IS NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX notes_escalation_idx ON notes (escalation_id) WHERE escalation_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE audit_log (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at          timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id    uuid,
        actor_email text,
        action      text NOT NULL,
        target_type text,
        target_id   text,
        details     jsonb NOT NULL DEFAULT '{}'::jsonb,
        ip          text,
        prev_hash   text,
        hash        text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC)`);
    await queryRunner.query(`CREATE INDEX audit_log_action_idx ON audit_log (action, at DESC)`);
    // Append-only whatever the application does: the chain of hashes detects edits, this stops them.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_is_append_only()`);
    for (const table of [
      'notes',
      'escalations',
      'mention_marks',
      'classifications',
      'mentions',
      'quarantine',
      'ingest_runs',
      'source_cursors',
      'watch_queries',
      'sources',
      'sessions',
      'users',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
