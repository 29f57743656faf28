import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows } from '../database/sql.js';

export const FAILED_SIGN_IN = 'auth.login_failed';

/** What a reservation attempt found: a place in the window, or the time the window ends. */
export type Reservation = { reserved: true } | { reserved: false; windowEndsAt: Date; firstRefusal: boolean };

type ReservedRow = { failures: number };
type WindowRow = { window_ends_at: Date; first_refusal: boolean };

/**
 * Per-key failure windows in PostgreSQL, so the limit holds across replicas and restarts. Each
 * call is one statement: PostgreSQL's row lock on the key makes test-and-reserve atomic, and no
 * connection is held between round trips while a burst queues.
 */
@Injectable()
export class SignInAttemptsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes one place in `key`'s window unless `limit` places are already taken. A window starts at
   * the first failure and lasts `windowMs`; an expired one starts again.
   */
  async reserve(key: string, limit: number, now: Date, windowMs: number): Promise<Reservation> {
    const expiredBefore = new Date(now.getTime() - windowMs);
    const reserved = await selectRows<ReservedRow>(
      this.dataSource,
      `INSERT INTO sign_in_throttle AS t (key, window_started_at, failures) VALUES ($1, $2, 1)
       ON CONFLICT (key) DO UPDATE
          SET failures = CASE WHEN t.window_started_at <= $3 THEN 1 ELSE t.failures + 1 END,
              window_started_at = CASE WHEN t.window_started_at <= $3 THEN $2 ELSE t.window_started_at END,
              throttled_logged_at = CASE WHEN t.window_started_at <= $3 THEN NULL ELSE t.throttled_logged_at END
        WHERE t.window_started_at <= $3 OR t.failures < $4
       RETURNING failures`,
      [key, now, expiredBefore, limit],
    );
    if (reserved.length > 0) return { reserved: true };
    // Refused: say until when, and whether this is the first refusal of the minute (for the audit log).
    const [row] = await selectRows<WindowRow>(
      this.dataSource,
      `UPDATE sign_in_throttle
          SET throttled_logged_at = CASE WHEN throttled_logged_at IS NULL OR throttled_logged_at <= $2 - interval '1 minute'
                                         THEN $2 ELSE throttled_logged_at END
        WHERE key = $1
       RETURNING window_started_at + ($3::int * interval '1 millisecond') AS window_ends_at,
                 throttled_logged_at = $2 AS first_refusal`,
      [key, now, windowMs],
    );
    return {
      reserved: false,
      windowEndsAt: row?.window_ends_at ?? new Date(now.getTime() + windowMs),
      firstRefusal: row?.first_refusal ?? true,
    };
  }

  /** Gives a place back: the attempt succeeded, or never reached verification. */
  async release(key: string): Promise<void> {
    await this.dataSource.query(`UPDATE sign_in_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1`, [
      key,
    ]);
  }
}
