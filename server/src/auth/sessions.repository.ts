import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { selectRow } from '../database/sql.js';

export type SessionWithUser = {
  sessionId: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  user: { id: string; email: string; displayName: string; role: Role; disabledAt: Date | null };
};

type Row = {
  id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  disabled_at: Date | null;
};

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    session: { id: string; userId: string; now: Date; expiresAt: Date; ip?: string; userAgent?: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, $3, $4, $5, $6)`,
      [
        session.id,
        session.userId,
        session.now,
        session.expiresAt,
        session.ip ?? null,
        session.userAgent?.slice(0, 300) ?? null,
      ],
    );
  }

  async findWithUser(id: string): Promise<SessionWithUser | undefined> {
    const row = await selectRow<Row>(
      this.dataSource,
      `SELECT s.id, s.created_at, s.last_seen_at, s.expires_at, u.id AS user_id, u.email, u.display_name, u.role,
              u.disabled_at
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1`,
      [id],
    );
    if (!row) return undefined;
    return {
      sessionId: row.id,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      user: {
        id: row.user_id,
        email: row.email,
        displayName: row.display_name,
        role: row.role,
        disabledAt: row.disabled_at,
      },
    };
  }

  async touch(id: string, now: Date): Promise<void> {
    await this.dataSource.query(`UPDATE sessions SET last_seen_at = $2 WHERE id = $1`, [id, now]);
  }

  async delete(id: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(`DELETE FROM sessions WHERE id = $1`, [id]);
  }

  /** Expired sessions are refused on use; this only keeps the table small. */
  async deleteExpired(now: Date, idleMs: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $1::timestamptz - make_interval(secs => $2)`,
      [now, idleMs / 1000],
    );
  }
}
