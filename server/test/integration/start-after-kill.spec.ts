import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import {
  freePort,
  type ServerProcess,
  spawnServer,
  twoFreePorts,
  waitFor,
  waitForHealth,
} from '../support/server-process';

/** Alive and not a zombie: a postmaster whose parent was killed is reaped by init, maybe late. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

jest.setTimeout(300_000);

/** Issue 12 §7: `kill -9` of the server left its PostgreSQL running, and the next `npm start` failed. */
describe('starting again after the server was killed with SIGKILL mid-ingest', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'ou-listening-kill-'));
    await chmod(dataDir, 0o755);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const postmasterPid = () => Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

  async function start(port: number, pgPort: number): Promise<ServerProcess> {
    // The demo source ingests about a thousand posts as soon as the server is up.
    const server = spawnServer({ PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), DEMO: 'on' });
    // Generous: CI runs this beside browser tests and training on two cores.
    await waitForHealth(server, port, 120_000);
    return server;
  }

  async function counts(pgPort: number): Promise<{ posts: number; distinct: number }> {
    const client = new Client({
      connectionString: `postgres://postgres:embedded-local-only@127.0.0.1:${pgPort}/ou_listening`,
    });
    await client.connect();
    try {
      const { rows } = await client.query<{ posts: number; distinct: number }>(
        `SELECT count(*)::int AS posts, count(DISTINCT (platform, external_id))::int AS distinct FROM mentions`,
      );
      return rows[0]!;
    } finally {
      await client.end();
    }
  }

  it('stops the PostgreSQL the killed server left behind, serves again, and has every post once', async () => {
    const [port, pgPort] = await twoFreePorts();
    const first = await start(port, pgPort);
    await waitFor(async () => ((await counts(pgPort)).posts > 0 ? true : undefined), 60_000, 'ingestion to begin');
    const orphan = postmasterPid();
    first.child.kill('SIGKILL');
    await first.exited;
    expect(isRunning(orphan)).toBe(true); // what used to make the next start fail
    const before = await counts(pgPort);

    const second = await start(port, pgPort);
    try {
      expect(isRunning(orphan)).toBe(false);
      expect(second.output()).toMatch(/left running by an earlier server/);
      // Nothing the killed server committed is lost, and nothing is stored twice.
      const after = await counts(pgPort);
      expect(after.distinct).toBe(after.posts);
      expect(after.posts).toBeGreaterThanOrEqual(before.posts);
    } finally {
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    }
    // A clean stop removes the pid file, so the next start finds nothing to clear up.
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('refuses to start a second server on a DATA_DIR that a running one holds, and leaves that one alone', async () => {
    const [port, pgPort] = await twoFreePorts();
    const first = await start(port, pgPort);
    try {
      const second = spawnServer({
        PORT: String(await freePort()),
        DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(pgPort),
      });
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/Another copy of the server .* is using/);
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    } finally {
      first.child.kill('SIGINT');
      await first.exited;
    }
  });
});
