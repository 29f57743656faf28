import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The OU's own accounts (issue 16).
 *
 * mentions.on_own_account marks comments left on the OU's own Facebook Page or Instagram account;
 * own_context keeps the post they were left on and what the platform said may be done with the
 * comment ({ parentPost: { id, url, text, postedAt }, canHide, canReply }).
 *
 * platform_actions is the outbox of what staff asked a platform to do (hide, unhide, reply, block,
 * unblock): written in the same transaction as the dashboard change, then sent, retried with
 * backoff on failure, and settled with the platform's answer. A failed call never undoes the
 * dashboard state.
 *
 * No source rows are added: an admin adds a Facebook or Instagram source on the Sources page, and it
 * polls once its variables are set.
 */
export class OwnAccounts1765900000000 implements MigrationInterface {
  name = 'OwnAccounts1765900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE mentions ADD COLUMN on_own_account boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE mentions ADD COLUMN own_context jsonb`);
    await queryRunner.query(
      `CREATE INDEX mentions_own_account_risk_idx ON mentions (risk_score DESC, id DESC) WHERE on_own_account`,
    );
    await queryRunner.query(`
      CREATE TABLE platform_actions (
        id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        mention_id         bigint REFERENCES mentions (id) ON DELETE CASCADE,
        platform           text NOT NULL,
        kind               text NOT NULL CHECK (kind IN ('hide', 'unhide', 'reply', 'block', 'unblock')),
        target_id          text NOT NULL,
        payload            jsonb NOT NULL DEFAULT '{}'::jsonb,
        requested_by       uuid REFERENCES users (id) ON DELETE SET NULL,
        requested_by_email text,
        status             text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
        attempts           integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at    timestamptz NOT NULL DEFAULT now(),
        last_error         text,
        answer             jsonb,
        result_id          text,
        result_url         text,
        created_at         timestamptz NOT NULL DEFAULT now(),
        settled_at         timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX platform_actions_due_idx ON platform_actions (next_attempt_at, id) WHERE status = 'pending'`,
    );
    await queryRunner.query(`CREATE INDEX platform_actions_mention_idx ON platform_actions (mention_id, id)`);
    await queryRunner.query(`CREATE INDEX platform_actions_target_idx ON platform_actions (platform, target_id, id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE platform_actions`);
    await queryRunner.query(`DROP INDEX mentions_own_account_risk_idx`);
    await queryRunner.query(`ALTER TABLE mentions DROP COLUMN own_context`);
    await queryRunner.query(`ALTER TABLE mentions DROP COLUMN on_own_account`);
  }
}
