import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fromSnakeRow, type SnakeCased } from '../database/rows.js';
import { returnedRows, selectRows } from '../database/sql.js';
import type { UserRecord } from './user.types.js';

export const PASSWORD_CHANGE_FAILED = 'user.password_change_failed';

type UserRow = SnakeCased<UserRecord>;

const COLUMNS =
  'id, email, display_name, role, password_hash, oidc_subject, disabled_at, must_change_password, created_at';

function toRecord(row: UserRow): UserRecord {
  return fromSnakeRow<UserRecord>(row);
}

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private q(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findByEmail(email: string, manager?: EntityManager): Promise<UserRecord | undefined> {
    const rows = await selectRows<UserRow>(
      this.q(manager),
      `SELECT ${COLUMNS} FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    return rows[0] && toRecord(rows[0]);
  }

  async findById(id: string, manager?: EntityManager): Promise<UserRecord | undefined> {
    const rows = await selectRows<UserRow>(this.q(manager), `SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
    return rows[0] && toRecord(rows[0]);
  }

  /** The user's row, locked until the transaction ends. */
  async lockById(id: string, manager: EntityManager): Promise<UserRecord | undefined> {
    const rows = await selectRows<UserRow>(manager, `SELECT ${COLUMNS} FROM users WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] && toRecord(rows[0]);
  }

  /**
   * Locks every enabled admin's row, in id order, and returns their ids. Rows disabled or demoted by a
   * transaction that committed while this one waited drop out, so the answer is the state after it.
   */
  async lockEnabledAdmins(manager: EntityManager): Promise<string[]> {
    const rows = await selectRows<{ id: string }>(
      manager,
      `SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id FOR UPDATE`,
    );
    return rows.map((r) => r.id);
  }

  async findByOidcSubject(issuer: string, subject: string): Promise<UserRecord | undefined> {
    const rows = await selectRows<UserRow>(
      this.q(),
      `SELECT ${COLUMNS} FROM users WHERE oidc_issuer = $1 AND oidc_subject = $2`,
      [issuer, subject],
    );
    return rows[0] && toRecord(rows[0]);
  }

  /** Links an account to its SSO identity; only ever done once per account. */
  async linkOidc(id: string, issuer: string, subject: string): Promise<void> {
    await this.q().query(
      `UPDATE users SET oidc_issuer = $2, oidc_subject = $3, updated_at = now() WHERE id = $1 AND oidc_subject IS NULL`,
      [id, issuer, subject],
    );
  }

  async list(): Promise<UserRecord[]> {
    const rows = await selectRows<UserRow>(this.q(), `SELECT ${COLUMNS} FROM users ORDER BY lower(email)`);
    return rows.map(toRecord);
  }

  async count(manager?: EntityManager): Promise<number> {
    const [row] = await selectRows<{ n: number }>(this.q(manager), `SELECT count(*)::int AS n FROM users`);
    return row?.n ?? 0;
  }

  /** Returns undefined when the email is taken (case-insensitively). */
  async insert(
    user: { email: string; displayName: string; role: Role; passwordHash: string | null; mustChangePassword?: boolean },
    manager?: EntityManager,
  ): Promise<UserRecord | undefined> {
    const rows = await selectRows<UserRow>(
      this.q(manager),
      `INSERT INTO users (email, display_name, role, password_hash, must_change_password) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
      [user.email, user.displayName, user.role, user.passwordHash, user.mustChangePassword ?? false],
    );
    return rows[0] && toRecord(rows[0]);
  }

  async update(
    id: string,
    changes: {
      role?: Role;
      displayName?: string;
      disabled?: boolean;
      passwordHash?: string;
      mustChangePassword?: boolean;
    },
    manager: EntityManager,
  ): Promise<UserRecord | undefined> {
    const result: unknown = await manager.query(
      `UPDATE users SET
         role                 = coalesce($2, role),
         display_name         = coalesce($3, display_name),
         disabled_at          = CASE WHEN $4::boolean IS NULL THEN disabled_at
                                     WHEN $4 THEN coalesce(disabled_at, now()) ELSE NULL END,
         password_hash        = coalesce($5, password_hash),
         must_change_password = coalesce($6, must_change_password),
         updated_at           = now()
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [
        id,
        changes.role ?? null,
        changes.displayName ?? null,
        changes.disabled ?? null,
        changes.passwordHash ?? null,
        changes.mustChangePassword ?? null,
      ],
    );
    const [row] = returnedRows<UserRow>(result);
    return row && toRecord(row);
  }

  /** A disabled user's sessions end at once, not at their next expiry; `except` keeps the one in use. */
  async endSessions(userId: string, manager: EntityManager, except?: string): Promise<number> {
    const result: unknown = await manager.query(
      `DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2 RETURNING id`,
      [userId, except ?? null],
    );
    return returnedRows(result).length;
  }

  async mustChangePassword(id: string): Promise<boolean> {
    const rows = await selectRows<{ must_change_password: boolean }>(
      this.q(),
      `SELECT must_change_password FROM users WHERE id = $1`,
      [id],
    );
    return rows[0]?.must_change_password ?? false;
  }

  /** When the user's own password changes failed on a wrong current password since `since`, newest first. */
  async passwordChangeFailuresSince(userId: string, since: Date, limit: number): Promise<Date[]> {
    const rows = await selectRows<{ at: Date }>(
      this.q(),
      `SELECT at FROM audit_log
        WHERE actor_id = $1 AND action = $2 AND at > $3
        ORDER BY at DESC LIMIT $4`,
      [userId, PASSWORD_CHANGE_FAILED, since, limit],
    );
    return rows.map((r) => r.at);
  }
}
