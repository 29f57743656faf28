import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public report intake (issue 17, policy paragraph 7.5). A report is a mention on platform
 * 'report' (so it is triaged, classified and escalated like any other); `reports` keeps what only a
 * report has: where and when the reporter says it happened, who they are and whether they may be
 * contacted. Screenshots sit in their own table, re-encoded (no metadata), with their SHA-256.
 *
 * report_pow_used: ALTCHA challenges already redeemed, kept until they would have expired anyway,
 * so a solved challenge cannot be replayed. report_submissions: one row per accepted report, keyed
 * by a keyed hash of the client address (never the address itself) and pruned after an hour, for
 * the per-address rate limit across replicas.
 *
 * reports_forget_contact_on_case_close: when a case raised from a report is closed, the reporter's
 * contact details go (issue 17 §5), whichever path closed it.
 */
export class ReportIntake1765700000000 implements MigrationInterface {
  name = 'ReportIntake1765700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reports (
        id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        reference          text NOT NULL UNIQUE,
        mention_id         bigint NOT NULL UNIQUE REFERENCES mentions (id) ON DELETE CASCADE,
        platform           text NOT NULL,
        link               text,
        happened_at        text NOT NULL,
        involved           text,
        reporter_type      text NOT NULL CHECK (reporter_type IN ('student', 'staff', 'other')),
        reporter_email     text,
        consent_to_contact boolean NOT NULL DEFAULT false,
        contact_deleted_at timestamptz,
        ocr_status         text NOT NULL DEFAULT 'off' CHECK (ocr_status IN ('pending', 'done', 'failed', 'off')),
        linked_mention_id  bigint REFERENCES mentions (id) ON DELETE SET NULL,
        created_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reports_email_needs_consent CHECK (reporter_email IS NULL OR consent_to_contact)
      )`);
    await queryRunner.query(`CREATE INDEX reports_ocr_pending_idx ON reports (id) WHERE ocr_status = 'pending'`);

    await queryRunner.query(`
      CREATE TABLE report_screenshots (
        id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        report_id  bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        position   smallint NOT NULL CHECK (position BETWEEN 1 AND 5),
        mime       text NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/webp')),
        width      integer NOT NULL CHECK (width > 0),
        height     integer NOT NULL CHECK (height > 0),
        size       integer NOT NULL CHECK (size > 0),
        sha256     text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        content    bytea NOT NULL,
        ocr_text   text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT report_screenshots_position_key UNIQUE (report_id, position)
      )`);
    // Evidence points at these bytes by hash: once stored they never change.
    await queryRunner.query(`
      CREATE FUNCTION report_screenshots_keep_content() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.content IS DISTINCT FROM OLD.content OR NEW.sha256 IS DISTINCT FROM OLD.sha256 THEN
          RAISE EXCEPTION 'report_screenshots.content cannot change once stored';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER report_screenshots_content_fixed BEFORE UPDATE ON report_screenshots
      FOR EACH ROW EXECUTE FUNCTION report_screenshots_keep_content()`);

    await queryRunner.query(`
      CREATE TABLE report_pow_used (
        nonce      text PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX report_pow_used_expires_idx ON report_pow_used (expires_at)`);

    await queryRunner.query(`
      CREATE TABLE report_submissions (
        id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ip_key text NOT NULL,
        at     timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX report_submissions_ip_idx ON report_submissions (ip_key, at)`);

    await queryRunner.query(`
      CREATE FUNCTION reports_forget_contact_on_case_close() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'closed' AND OLD.status IS DISTINCT FROM 'closed' AND NEW.mention_id IS NOT NULL THEN
          UPDATE reports SET reporter_email = NULL, contact_deleted_at = now()
           WHERE mention_id = NEW.mention_id AND contact_deleted_at IS NULL;
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER escalations_forget_reporter AFTER UPDATE OF status ON escalations
      FOR EACH ROW EXECUTE FUNCTION reports_forget_contact_on_case_close()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER escalations_forget_reporter ON escalations`);
    await queryRunner.query(`DROP FUNCTION reports_forget_contact_on_case_close()`);
    await queryRunner.query(`DROP TABLE report_submissions`);
    await queryRunner.query(`DROP TABLE report_pow_used`);
    await queryRunner.query(`DROP TABLE report_screenshots`);
    await queryRunner.query(`DROP FUNCTION report_screenshots_keep_content()`);
    await queryRunner.query(`DROP TABLE reports`);
  }
}
