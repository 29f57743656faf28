import { DataSource } from 'typeorm';
import { loadConfig } from '../../../src/config/app-config';
import { createApp } from '../../../src/create-app';
import { fakeXIds, type FakeXServer, startFakeX } from '../../../tools/fakes/x/fake-x.server';
import { IngestService } from '../../../src/ingest/ingest.service';
import { newTestApp, type TestApp } from '../../support/test-app';
import { withAdminClient } from '../../support/test-database';
import { ran } from '../../support/ingest-runs';

describe('ingesting from X (against the fake X API over HTTP)', () => {
  let fake: FakeXServer;
  let t: TestApp;
  let ingest: IngestService;
  let xSourceId: string;

  const storedIds = async (): Promise<string[]> =>
    (
      (await t.db.query(`SELECT external_id FROM mentions WHERE platform = 'x' ORDER BY external_id`)) as {
        external_id: string;
      }[]
    ).map((r) => r.external_id);
  const cursor = async () =>
    (
      (await t.db.query(`SELECT cursor FROM source_cursors WHERE source_id = $1`, [xSourceId])) as { cursor: object }[]
    )[0]?.cursor;
  const runX = async () => ingest.runSource(xSourceId, { force: true });

  beforeAll(async () => {
    fake = await startFakeX({ posts: 250 });
    t = await newTestApp({
      env: { X_BEARER_TOKEN: 'test-token', X_API_BASE_URL: fake.url, DEMO: 'off', INGEST_BACKOFF_BASE_MS: '5' },
    });
    ingest = t.app.get(IngestService);
    const [row] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'x'`)) as { id: string }[];
    xSourceId = row!.id;
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('first run: follows every page and stores each post once, with its author', async () => {
    const outcome = ran(await runX());
    expect(outcome.error).toBeNull();
    expect(outcome).toMatchObject({ status: 'ok', fetched: 250, inserted: 250, duplicates: 0, quarantined: 0 });
    expect(await storedIds()).toEqual(fakeXIds(250).sort());
    // Three pages: the first without a token, the next two with it and the same (absent) since_id.
    expect(fake.requests.map((q) => q.get('next_token'))).toEqual([null, 'p149', 'p49']);
    expect(fake.requests[0]!.get('query')).toBe(
      '("Open University" OR @OpenUniversity OR #OpenUniversity) -is:retweet',
    );
    expect(fake.requests[0]!.get('max_results')).toBe('100');
    expect(fake.requests[0]!.get('expansions')).toBe('author_id');
    expect(await cursor()).toEqual({ sinceId: fakeXIds(250)[249] });
    const [mention] = await t.db.query(
      `SELECT author_handle, url, is_demo, lang, metrics FROM mentions WHERE external_id = $1`,
      [fakeXIds(250)[6]],
    );
    expect(mention).toMatchObject({ author_handle: 'ou_learner', is_demo: false, lang: 'en' });
    expect(mention.url).toBe(`https://x.com/ou_learner/status/${fakeXIds(250)[6]}`);
    const [run] = await t.db.query(`SELECT status, fetched, inserted, finished_at FROM ingest_runs WHERE id = $1`, [
      outcome.runId,
    ]);
    expect(run).toMatchObject({ status: 'ok', fetched: 250, inserted: 250 });
    expect(run.finished_at).toBeInstanceOf(Date);
  });

  it('incremental run: asks only for posts newer than the high-water mark', async () => {
    fake.requests.length = 0;
    fake.addPosts(30);
    const outcome = ran(await runX());
    expect(outcome).toMatchObject({ status: 'ok', fetched: 30, inserted: 30, duplicates: 0 });
    expect(fake.requests[0]!.get('since_id')).toBe(fakeXIds(250)[249]);
    expect(await storedIds()).toHaveLength(280);
    expect(await cursor()).toEqual({ sinceId: fakeXIds(280)[279] });
  });

  it('a repeated page changes nothing: every post is a duplicate', async () => {
    await t.db.query(`UPDATE source_cursors SET cursor = '{}' WHERE source_id = $1`, [xSourceId]);
    fake.set({ overlap: 20 });
    const outcome = ran(await runX());
    fake.set({ overlap: 0 });
    expect(outcome.inserted).toBe(0);
    expect(outcome.duplicates).toBe(outcome.fetched);
    expect(outcome.fetched).toBeGreaterThan(280); // the overlapping pages were fetched again
    expect(await storedIds()).toEqual(fakeXIds(280).sort());
  });

  it('429: records retry_at from x-rate-limit-reset, skips the source until then, and loses nothing', async () => {
    fake.addPosts(20);
    fake.set({ rateLimited: 1, resetInSeconds: 120 });
    const before = Date.now();
    const limited = ran(await runX());
    expect(limited.status).toBe('rate_limited');
    expect(limited.retryAt!.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 119_000);
    const [source] = await t.db.query(`SELECT retry_at FROM sources WHERE id = $1`, [xSourceId]);
    expect(source.retry_at.getTime()).toBe(limited.retryAt!.getTime());

    expect(await runX()).toEqual({ sourceId: xSourceId, outcome: 'skipped', reason: 'rate_limited' });

    await t.db.query(`UPDATE sources SET retry_at = now() - interval '1 second' WHERE id = $1`, [xSourceId]);
    expect(ran(await runX())).toMatchObject({ status: 'ok', inserted: 20 });
    expect(await storedIds()).toEqual(fakeXIds(300).sort());
  });

  it('500 then success: retries the same page with backoff and completes', async () => {
    fake.addPosts(10);
    fake.requests.length = 0;
    fake.set({ failures: 2 });
    expect(ran(await runX())).toMatchObject({ status: 'ok', inserted: 10 });
    expect(fake.requests).toHaveLength(3);
    expect(new Set(fake.requests.map((q) => q.toString())).size).toBe(1); // the same request each time
  });

  it('500s beyond the attempts: the run fails, the cursor stays, and the next run catches up', async () => {
    fake.addPosts(10);
    fake.set({ failures: 10 });
    const failed = ran(await runX());
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/HTTP 500.*gave up after 4 attempts/);
    fake.set({ failures: 0 });
    expect(ran(await runX())).toMatchObject({ status: 'ok', inserted: 10 });
    expect(await storedIds()).toEqual(fakeXIds(320).sort());
  });

  it('a malformed tweet goes to quarantine and the rest of the page is stored', async () => {
    fake.set({ malformedEvery: 5 });
    fake.addPosts(20); // indexes 320..339: 324, 329, 334, 339 lack their text
    const outcome = ran(await runX());
    fake.set({ malformedEvery: undefined });
    expect(outcome).toMatchObject({ status: 'partial', fetched: 20, inserted: 16, quarantined: 4 });
    const quarantined = await t.db.query(
      `SELECT external_id, error, run_id::text AS run FROM quarantine ORDER BY external_id`,
    );
    expect(quarantined.map((q: { external_id: string }) => q.external_id)).toEqual(
      [324, 329, 334, 339].map((i) => fakeXIds(340)[i]),
    );
    expect(quarantined[0]).toMatchObject({ error: 'missing text', run: outcome.runId });
  });

  it('two replicas on one database: one run per tick and no duplicates', async () => {
    const second = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: t.databaseUrl,
        X_BEARER_TOKEN: 't2',
        X_API_BASE_URL: fake.url,
        DEMO: 'off',
        ADMIN_BOOTSTRAP: 'off',
      }),
      t.databaseUrl,
      { logger: false },
    );
    await second.init();
    try {
      fake.addPosts(200);
      fake.set({ delayMs: 30 });
      // Make the source due for a scheduled (not forced) pass on both replicas at once.
      await t.db.query(`UPDATE ingest_runs SET started_at = started_at - interval '1 day' WHERE source_id = $1`, [
        xSourceId,
      ]);
      const [a, b] = await Promise.all([ingest.runDueSources(), second.get(IngestService).runDueSources()]);
      fake.set({ delayMs: 0 });
      const outcomes = [...a, ...b].filter((o) => o.sourceId === xSourceId);
      expect(outcomes.filter((o) => o.outcome === 'ran')).toHaveLength(1);
      expect(outcomes.filter((o) => o.outcome === 'skipped')).toHaveLength(1);
      const [{ runs }] = await t.db.query(
        `SELECT count(*)::int AS runs FROM ingest_runs WHERE source_id = $1 AND started_at > now() - interval '1 minute'`,
        [xSourceId],
      );
      expect(runs).toBe(1);
      expect(await storedIds()).toEqual(
        fakeXIds(540)
          .filter((_, i) => ![324, 329, 334, 339].includes(i))
          .sort(),
      );
    } finally {
      await second.close();
      await second
        .get(DataSource)
        .destroy()
        .catch(() => undefined);
    }
  });

  it('killing the database connection mid-run leaves no gap and no duplicate once run again', async () => {
    fake.addPosts(600);
    fake.set({ delayMs: 40 });
    const running = runX();
    // Wait until some pages are committed, then cut every connection the app holds.
    for (;;) {
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM mentions WHERE platform = 'x'`);
      if (n >= 536 + 150) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await withAdminClient((admin) =>
      admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [t.databaseName],
      ),
    );
    const interrupted = ran(await running);
    expect(interrupted.status).toBe('failed');
    fake.set({ delayMs: 0 });

    const resumed = ran(await runX());
    expect(resumed.status).toBe('ok');
    const ids = await storedIds();
    const expected = fakeXIds(1140)
      .filter((_, i) => ![324, 329, 334, 339].includes(i))
      .sort();
    expect(ids).toEqual(expected); // every post, and each once (external ids are unique per platform anyway)
    expect(interrupted.inserted + resumed.inserted).toBe(600);
  });

  it('a post over 280 characters is stored whole, from note_tweet', async () => {
    const whole = `The Open University ${'really '.repeat(60)}needs to answer for this.`;
    fake.set({ tweetFields: { 1140: { text: whole.slice(0, 280), note_tweet: { text: whole } } } });
    fake.addPosts(1);
    expect(ran(await runX())).toMatchObject({ status: 'ok', inserted: 1 });
    const [row] = (await t.db.query(`SELECT text FROM mentions WHERE external_id = $1`, [fakeXIds(1141)[1140]])) as {
      text: string;
    }[];
    expect(row!.text).toBe(whole);
  });

  it('a mark older than X’s 7-day window: noted, the last 7 days read again, and no run fails', async () => {
    fake.addPosts(2);
    fake.set({ sinceIdFloor: fakeXIds(1143)[1142] });
    const outcome = ran(await runX());
    fake.set({ sinceIdFloor: undefined });
    // The two new posts, and the four once quarantined as malformed, served whole this time.
    expect(outcome).toMatchObject({ status: 'partial', quarantined: 1, inserted: 6 });
    const [note] = (await t.db.query(`SELECT external_id, error FROM quarantine WHERE run_id = $1`, [
      outcome.runId,
    ])) as { external_id: string | null; error: string }[];
    expect(note).toMatchObject({ external_id: null, error: expect.stringMatching(/covers 7 days/) });
    expect(ran(await runX())).toMatchObject({ status: 'ok', fetched: 0 });
  });

  it('a 200 with an HTML page instead of JSON is retried, never taken as the last page', async () => {
    fake.addPosts(150); // two pages
    fake.set({ htmlAnswers: 1 });
    expect(ran(await runX())).toMatchObject({ status: 'ok', inserted: 150 });
    expect(ran(await runX())).toMatchObject({ status: 'ok', fetched: 0 });
  });
});
