import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Queryable, selectRow } from '../database/sql.js';

type StoredTokenRow = { seeded_from: string; sealed: string };

/** Rotated platform tokens (platform_tokens), sealed before they reach this class. */
@Injectable()
export class PlatformTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(platform: string, accountId: string, db: Queryable = this.dataSource): Promise<StoredTokenRow | undefined> {
    return selectRow<StoredTokenRow>(
      db,
      `SELECT seeded_from, sealed FROM platform_tokens WHERE platform = $1 AND account_id = $2`,
      [platform, accountId],
    );
  }

  async save(
    platform: string,
    accountId: string,
    seededFrom: string,
    sealed: string,
    db: Queryable = this.dataSource,
  ): Promise<void> {
    await db.query(
      `INSERT INTO platform_tokens (platform, account_id, seeded_from, sealed) VALUES ($1, $2, $3, $4)
       ON CONFLICT (platform, account_id) DO UPDATE
         SET seeded_from = EXCLUDED.seeded_from, sealed = EXCLUDED.sealed, updated_at = now()`,
      [platform, accountId, seededFrom, sealed],
    );
  }

  /**
   * Runs `work` holding a lock on this account's tokens, so one replica at a time refreshes them:
   * the refresh token a second one would send has already been rotated away.
   */
  whileLocked<T>(platform: string, accountId: string, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('platform_tokens'), hashtext($1 || ':' || $2))`, [
        platform,
        accountId,
      ]);
      return work(tx);
    });
  }
}
