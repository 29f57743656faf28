import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { spawnServer, twoFreePorts, waitFor } from '../support/server-process';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('starting the server (npm start)', () => {
  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ DATABASE_URL: 'mysql://u:p@db/ou' }, /DATABASE_URL must start with postgres:\/\//],
  ])('stops at once with a message naming the bad variable: %o', async (env, message) => {
    const server = spawnServer(env);
    expect(await server.exited).toBe(78);
    expect(server.output()).toMatch(message);
    expect(server.output()).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  describe('with no DATABASE_URL', () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), 'ou-listening-start-'));
      await chmod(dataDir, 0o755);
    });
    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    async function startAndWait(port: number, pgPort: number) {
      const server = spawnServer({ PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) });
      const health = await waitFor(
        async () => {
          const res = await fetch(`http://127.0.0.1:${port}/api/health`);
          return res.status === 200 ? ((await res.json()) as unknown) : undefined;
        },
        60_000,
        'the server to answer /api/health',
      );
      return { server, health };
    }

    async function stop(server: ReturnType<typeof spawnServer>): Promise<number> {
      const postmasterPid = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
      server.child.kill('SIGINT');
      expect(await server.exited).toBe(0);
      return postmasterPid;
    }

    it('stops with a message naming the port, and stops its PostgreSQL, when the port is taken', async () => {
      const [port, pgPort] = await twoFreePorts();
      const holder = createServer();
      await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
      try {
        const server = spawnServer({ PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) });
        expect(await server.exited).toBe(1);
        expect(server.output()).toMatch(new RegExp(`Port ${port} on 127.0.0.1 is in use`));
        expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
      } finally {
        await new Promise((resolve) => holder.close(resolve));
      }
    });

    it('runs an embedded PostgreSQL, keeps its data across restarts and stops it on SIGINT', async () => {
      const [port, pgPort] = await twoFreePorts();
      const first = await startAndWait(port, pgPort);
      expect(first.health).toEqual({ status: 'ok', database: 'up' });
      expect(first.server.output()).toContain(`http://localhost:${port}/`);

      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');

      const url = `postgres://postgres:embedded-local-only@127.0.0.1:${pgPort}/ou_listening`;
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query(`INSERT INTO sources (kind, name) VALUES ('demo', 'kept across restarts')`);
      await client.end();

      const firstPostmaster = await stop(first.server);
      expect(isRunning(firstPostmaster)).toBe(false);

      const second = await startAndWait(port, pgPort);
      const again = new Client({ connectionString: url });
      await again.connect();
      const { rows } = await again.query(`SELECT name FROM sources WHERE name = 'kept across restarts'`);
      await again.end();
      expect(rows).toEqual([{ name: 'kept across restarts' }]);
      const secondPostmaster = await stop(second.server);
      expect(isRunning(secondPostmaster)).toBe(false);
    });
  });
});
