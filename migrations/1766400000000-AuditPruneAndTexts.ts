import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log's retention and free text (issue 18).
 *
 * audit_texts: what staff type (hide reasons, mark comments, case notes, hold reasons) no longer
 * goes into the chained row itself. The row's details hold, in its place, {"$text": mac} where mac
 * is an HMAC under the audit key over (row id, field, text); the text lives here. An erasure blanks
 * the text (body NULL, erased_by = the erasure's own audit row): the chain still verifies, and
 * `audit:verify` checks every text still present against its mac and every blanked one against the
 * erasure that blanked it. No foreign key to audit_log: audit_log stays a table nothing references,
 * and audit_log_prune() deletes the texts of the rows it prunes itself.
 *
 * audit_prunes + audit_log_prune(): rows older than the schedule are deleted oldest first, only
 * through this SECURITY DEFINER function (the app's role still has no DELETE on audit_log). Each
 * prune first records an anchor: the id and hash of the last row it deletes and the running count
 * of rows deleted, with an HMAC under the audit key the database never sees. `audit:verify` starts
 * from the latest anchor. The function refuses rows younger than audit_chain_meta.prune_min_age
 * (7 years), so a stolen app role and key still cannot prune recent history.
 */
export class AuditPruneAndTexts1766400000000 implements MigrationInterface {
  name = 'AuditPruneAndTexts1766400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_texts (
        audit_id  bigint NOT NULL,
        field     text NOT NULL,
        body      text,
        erased_at timestamptz,
        erased_by bigint,
        PRIMARY KEY (audit_id, field),
        CONSTRAINT audit_texts_blanked_by_erasure CHECK ((body IS NULL) = (erased_by IS NOT NULL AND erased_at IS NOT NULL))
      )`);
    // Details as people read them: each {"$text": mac} replaced by its text, or "[erased]" once blanked.
    await queryRunner.query(`
      CREATE FUNCTION audit_details_read(p_id bigint, p_details jsonb) RETURNS jsonb
      LANGUAGE sql STABLE AS $$
        SELECT coalesce(jsonb_object_agg(d.key,
                 CASE WHEN jsonb_typeof(d.value) = 'object' AND d.value ? '$text'
                      THEN coalesce(to_jsonb(t.body), '"[erased]"'::jsonb) ELSE d.value END), '{}'::jsonb)
          FROM jsonb_each(p_details) AS d
          LEFT JOIN audit_texts t ON t.audit_id = p_id AND t.field = d.key
      $$`);
    await queryRunner.query(
      `CREATE INDEX audit_texts_erased_by_idx ON audit_texts (erased_by) WHERE erased_by IS NOT NULL`,
    );

    await queryRunner.query(
      `ALTER TABLE audit_chain_meta ADD COLUMN prune_min_age interval NOT NULL DEFAULT '7 years'`,
    );
    await queryRunner.query(`
      CREATE TABLE audit_prunes (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        through_id  bigint NOT NULL,
        through_hash text NOT NULL,
        rows_pruned bigint NOT NULL,
        cutoff      timestamptz NOT NULL,
        pruned_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
        mac         text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TRIGGER audit_prunes_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_prunes
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_prunes_no_truncate BEFORE TRUNCATE ON audit_prunes
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);

    // A DELETE passes only for rows at or below the anchor audit_log_prune() set for its own transaction.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_log'
           AND OLD.id <= coalesce(nullif(current_setting('ou.audit_prune_through', true), '')::bigint, 0) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
      END
      $$`);

    await queryRunner.query(`
      CREATE FUNCTION audit_log_prune(p_through bigint, p_hash text, p_rows bigint, p_cutoff timestamptz, p_mac text)
      RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        anchor_at timestamptz;
        anchor_hash text;
        min_age interval;
        before bigint;
        deleted bigint;
      BEGIN
        PERFORM pg_advisory_xact_lock(7404001);
        SELECT at, hash INTO anchor_at, anchor_hash FROM audit_log WHERE id = p_through;
        IF NOT FOUND OR anchor_hash IS DISTINCT FROM p_hash THEN
          RAISE EXCEPTION 'audit prune: row % does not have the hash given', p_through;
        END IF;
        SELECT prune_min_age INTO min_age FROM audit_chain_meta;
        IF anchor_at >= p_cutoff OR anchor_at >= now() - coalesce(min_age, interval '7 years') THEN
          RAISE EXCEPTION 'audit prune: row % is not old enough to delete', p_through;
        END IF;
        SELECT coalesce((SELECT rows_pruned FROM audit_prunes ORDER BY id DESC LIMIT 1), 0) INTO before;
        IF p_rows <> before + (SELECT count(*) FROM audit_log WHERE id <= p_through) THEN
          RAISE EXCEPTION 'audit prune: % rows pruned is not the running count', p_rows;
        END IF;
        INSERT INTO audit_prunes (through_id, through_hash, rows_pruned, cutoff, mac)
        VALUES (p_through, p_hash, p_rows, p_cutoff, p_mac);
        PERFORM set_config('ou.audit_prune_through', p_through::text, true);
        DELETE FROM audit_texts WHERE audit_id <= p_through;
        DELETE FROM audit_log WHERE id <= p_through;
        GET DIAGNOSTICS deleted = ROW_COUNT;
        PERFORM set_config('ou.audit_prune_through', '', true);
        RETURN deleted;
      END
      $$`);
    // The function runs as its owner; migrateAsOwner grants the app's role EXECUTE on it, and nothing more.
    await queryRunner.query(
      `REVOKE ALL ON FUNCTION audit_log_prune(bigint, text, bigint, timestamptz, text) FROM PUBLIC`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION audit_log_prune(bigint, text, bigint, timestamptz, text)`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
      END
      $$`);
    await queryRunner.query(`DROP TABLE audit_prunes`);
    await queryRunner.query(`ALTER TABLE audit_chain_meta DROP COLUMN prune_min_age`);
    await queryRunner.query(`DROP FUNCTION audit_details_read(bigint, jsonb)`);
    await queryRunner.query(`DROP TABLE audit_texts`);
  }
}
