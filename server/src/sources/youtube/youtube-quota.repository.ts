import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Queryable, selectRows } from '../../database/sql.js';

/** The units a platform has spent on one quota day (platform_quota_usage). */
@Injectable()
export class QuotaUsageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Spends `units` of the day's `limit` if they fit, in one statement, so replicas counting at
   * once can never pass the limit together. Returns the units used after spending, or null (and
   * spends nothing) when they do not fit.
   */
  async spend(platform: string, day: string, units: number, limit: number): Promise<number | null> {
    const rows = await selectRows<{ used: number }>(
      this.dataSource,
      `INSERT INTO platform_quota_usage AS q (platform, day, used) SELECT $1, $2::date, $3::int WHERE $3::int <= $4::int
       ON CONFLICT (platform, day) DO UPDATE SET used = q.used + EXCLUDED.used, updated_at = now()
         WHERE q.used + EXCLUDED.used <= $4::int
       RETURNING used`,
      [platform, day, units, limit],
    );
    return rows[0]?.used ?? null;
  }

  /** The platform said the quota is spent: count it so, whatever we had counted. */
  async exhaust(platform: string, day: string, limit: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO platform_quota_usage AS q (platform, day, used) VALUES ($1, $2::date, $3::int)
       ON CONFLICT (platform, day) DO UPDATE SET used = GREATEST(q.used, EXCLUDED.used), updated_at = now()`,
      [platform, day, limit],
    );
  }

  async used(platform: string, day: string, db: Queryable = this.dataSource): Promise<number> {
    const rows = await selectRows<{ used: number }>(
      db,
      `SELECT used FROM platform_quota_usage WHERE platform = $1 AND day = $2::date`,
      [platform, day],
    );
    return rows[0]?.used ?? 0;
  }
}
