import { fakeXIds, type FakeXServer, startFakeX } from '../../../tools/fakes/x/fake-x.server';
import { IngestService } from '../../../src/ingest/ingest.service';
import { INGEST_CLI, spawnCompiled, waitFor } from '../../support/server-process';
import { newTestApp, type TestApp } from '../../support/test-app';
import { untilSourceLocksFree } from '../../support/ingest-locks';

/**
 * Exactly once when the process dies: `npm run ingest` (the compiled CLI, a process of its own)
 * is killed with SIGKILL in the middle of a run — no shutdown hook, no rollback from our side —
 * and the next run must still leave every post stored, each once.
 */
describe('ingesting when the process is killed mid-run', () => {
  let fake: FakeXServer;
  let t: TestApp;

  beforeAll(async () => {
    fake = await startFakeX({ posts: 0 });
    t = await newTestApp({ env: { X_BEARER_TOKEN: 'test-token', X_API_BASE_URL: fake.url, DEMO: 'off' } });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const stored = async () =>
    ((await t.db.query(`SELECT external_id FROM mentions WHERE platform = 'x'`)) as { external_id: string }[]).map(
      (r) => r.external_id,
    );

  it('leaves no gap and no duplicate once run again', async () => {
    fake.addPosts(1000);
    fake.set({ delayMs: 150 }); // ten pages of 100, slow enough to kill between them
    const cli = spawnCompiled(INGEST_CLI, ['--once', '--source', 'x'], {
      NODE_ENV: 'test',
      DATABASE_URL: t.databaseUrl,
      X_BEARER_TOKEN: 'test-token',
      X_API_BASE_URL: fake.url,
      DEMO: 'off',
    });
    const before = await waitFor(
      async () => {
        const n = (await stored()).length;
        return n >= 200 ? n : undefined;
      },
      60_000,
      'the CLI to store a few pages',
    );
    cli.child.kill('SIGKILL');
    expect(await cli.exited).toBeNull(); // killed, not exited
    const afterKill = (await stored()).length;
    expect(afterKill).toBeGreaterThanOrEqual(before);
    expect(afterKill).toBeLessThan(1000); // it really was stopped mid-run

    // The killed run is left as it was; its session lock went with its connection.
    const [run] = (await t.db.query(`SELECT status FROM ingest_runs ORDER BY id LIMIT 1`)) as { status: string }[];
    expect(run?.status).toBe('running');

    fake.set({ delayMs: 0 });
    const [source] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'x'`)) as { id: string }[];
    await untilSourceLocksFree(t);
    const resumed = await t.app.get(IngestService).runSource(source!.id, { force: true });
    expect(resumed).toMatchObject({ outcome: 'ran', status: 'ok' });

    // The next run, holding the lock, closes the dead one.
    const runs = (await t.db.query(`SELECT status, error FROM ingest_runs ORDER BY id`)) as { status: string }[];
    expect(runs).toEqual([
      { status: 'failed', error: 'interrupted (process or connection lost)' },
      { status: 'ok', error: null },
    ]);

    const ids = await stored();
    expect(ids.sort()).toEqual(fakeXIds(1000).sort());
    expect(new Set(ids).size).toBe(1000);
  }, 120_000);
});
