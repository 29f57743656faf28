import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { returnedRows } from '../database/sql.js';

export type PendingOidcLogin = { state: string; nonce: string; codeVerifier: string; returnTo: string };

/** Pending SSO sign-ins, kept in the database so any replica can finish what another started. */
@Injectable()
export class OidcLoginsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(login: PendingOidcLogin, now: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO oidc_logins (state, nonce, code_verifier, return_to, created_at) VALUES ($1, $2, $3, $4, $5)`,
      [login.state, login.nonce, login.codeVerifier, login.returnTo, now],
    );
  }

  /** Takes the pending sign-in out, so a state can be used once; too old counts as absent. */
  async take(state: string, notBefore: Date): Promise<PendingOidcLogin | undefined> {
    const result: unknown = await this.dataSource.query(
      `DELETE FROM oidc_logins WHERE state = $1 RETURNING state, nonce, code_verifier, return_to, created_at`,
      [state],
    );
    const [row] = returnedRows<{
      state: string;
      nonce: string;
      code_verifier: string;
      return_to: string;
      created_at: Date;
    }>(result);
    if (!row || row.created_at < notBefore) return undefined;
    return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to };
  }

  async deleteOlderThan(cutoff: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM oidc_logins WHERE created_at < $1`, [cutoff]);
  }
}
