import type { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';
import { selectRow } from './sql.js';

const ROLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** The role a postgres:// URL signs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Runs the migrations as the owner role, then gives the app's login role what it needs and no
 * more (issue 12 §3): read and write on the feature tables, but only SELECT and INSERT on the audit
 * log, and nothing on the migrations table beyond reading it. Not owning audit_log, the app's role
 * cannot switch its triggers off; not a superuser, it cannot set session_replication_role.
 */
export async function migrateAsOwner(ownerUrl: string, appUrl: string, logger: Logger): Promise<void> {
  const appRole = roleOf(appUrl);
  if (!ROLE_NAME.test(appRole)) throw new Error(`The role in DATABASE_URL ("${appRole}") is not a plain role name`);
  const owner = new DataSource({ ...dataSourceOptions(ownerUrl), migrationsRun: false });
  await owner.initialize();
  try {
    await owner.runMigrations({ transaction: 'each' });
    if (roleOf(ownerUrl) === appRole) {
      logger.warn('DATABASE_OWNER_URL and DATABASE_URL use the same role: the app can rewrite its own audit log');
      return;
    }
    const role = await selectRow<{ superuser: boolean }>(
      owner,
      'SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = $1',
      [appRole],
    );
    if (!role) throw new Error(`The role "${appRole}" in DATABASE_URL does not exist: create it first (README)`);
    if (role.superuser)
      logger.warn(`The role "${appRole}" in DATABASE_URL is a superuser: it can rewrite the audit log`);
    await owner.transaction(async (tx) => {
      for (const statement of [
        `GRANT USAGE ON SCHEMA public TO "${appRole}"`,
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${appRole}"`,
        `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "${appRole}"`,
        `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM "${appRole}"`,
        `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON migrations, audit_chain_meta FROM "${appRole}"`,
        // Old audit rows go only through audit_log_prune(), which records a signed anchor first.
        `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_prunes FROM "${appRole}"`,
        `REVOKE DELETE, TRUNCATE ON audit_texts FROM "${appRole}"`,
        `GRANT EXECUTE ON FUNCTION audit_log_prune(bigint, text, bigint, timestamptz, text) TO "${appRole}"`,
      ])
        await tx.query(statement);
    });
  } finally {
    await owner.destroy();
  }
}
