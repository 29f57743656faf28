import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The admin URL of the run's PostgreSQL (global-setup.mjs), or of one the caller provides. */
export function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through Jest (npm test)');
  return url;
}

export async function withAdminClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The login role the app runs as in tests, as in production: not the owner of any table. */
export const TEST_APP_ROLE = 'ou_listening_app_test';
const TEST_APP_PASSWORD = 'test-only-app';

/**
 * A new, empty database for one test file: `ownerUrl` (the cluster's superuser) runs the
 * migrations when the app starts on it; `url` is the app's own login role.
 */
export async function createThrowawayDatabase(): Promise<{ name: string; url: string; ownerUrl: string }> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(async (client) => {
    await client.query(`CREATE DATABASE ${name}`);
    // Roles belong to the cluster; parallel test files race to create it, and all but one find it there.
    await client.query(`DO $$ BEGIN
        CREATE ROLE ${TEST_APP_ROLE} LOGIN PASSWORD '${TEST_APP_PASSWORD}';
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
  });
  const ownerUrl = new URL(adminUrl());
  ownerUrl.pathname = `/${name}`;
  const url = new URL(ownerUrl);
  url.username = TEST_APP_ROLE;
  url.password = TEST_APP_PASSWORD;
  return { name, url: url.toString(), ownerUrl: ownerUrl.toString() };
}

/** Runs SQL on one test database as its owner: for what the app's own role may not do (tampering, ANALYZE). */
export async function queryAsOwner<T = Record<string, unknown>>(
  ownerUrl: string,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
