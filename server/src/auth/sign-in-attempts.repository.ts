import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export const FAILED_SIGN_IN = 'auth.login_failed';

/**
 * Failed sign-ins are audit rows; counting them there keeps the throttle right across replicas
 * and restarts, with no second store to keep in step.
 */
@Injectable()
export class SignInAttemptsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async failuresSince(
    email: string,
    ip: string | undefined,
    since: Date,
  ): Promise<{ byAccount: number; byIp: number; oldestAccount: Date | null; oldestIp: Date | null }> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE lower(details->>'email') = lower($2))::int AS by_account,
              min(at) FILTER (WHERE lower(details->>'email') = lower($2)) AS oldest_account,
              count(*) FILTER (WHERE ip = $3)::int AS by_ip,
              min(at) FILTER (WHERE ip = $3) AS oldest_ip
         FROM audit_log
        WHERE action = $1 AND at > $4 AND (lower(details->>'email') = lower($2) OR ip = $3)`,
      [FAILED_SIGN_IN, email, ip ?? null, since],
    )) as { by_account: number; oldest_account: Date | null; by_ip: number; oldest_ip: Date | null }[];
    return {
      byAccount: row?.by_account ?? 0,
      byIp: row?.by_ip ?? 0,
      oldestAccount: row?.oldest_account ?? null,
      oldestIp: row?.oldest_ip ?? null,
    };
  }
}
