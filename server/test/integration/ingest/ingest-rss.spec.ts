import {
  type FakeRssServer,
  fakeRssArticleUrl,
  fakeRssItemId,
  LATIN1_TITLE,
  startFakeRss,
} from '../../../tools/fakes/rss/fake-rss.server';
import { IngestService } from '../../../src/ingest/ingest.service';
import { INGEST_CLI, spawnCompiled, waitFor } from '../../support/server-process';
import { newTestApp, type TestApp } from '../../support/test-app';
import { untilSourceLocksFree } from '../../support/ingest-locks';
import { ran } from '../../support/ingest-runs';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

async function sourceIdOf(t: TestApp): Promise<string> {
  const [row] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'rss'`)) as { id: string }[];
  return row!.id;
}

describe('ingesting RSS and Atom feeds (against a fake news feed and Google Alerts feed over HTTP)', () => {
  let fake: FakeRssServer;
  let t: TestApp;
  let ingest: IngestService;
  let sourceId: string;

  const storedIds = async (): Promise<string[]> =>
    (
      (await t.db.query(`SELECT external_id FROM mentions WHERE platform = 'rss' ORDER BY external_id`)) as {
        external_id: string;
      }[]
    ).map((r) => r.external_id);
  const expected = (indexes: number[]) =>
    indexes.flatMap((i) => [fakeRssItemId('news', i), fakeRssItemId('alerts', i)]).sort();
  const run = async () => ran(await ingest.runSource(sourceId, { force: true }));

  beforeAll(async () => {
    fake = await startFakeRss({ posts: 30 });
    t = await newTestApp({
      env: { RSS_FEEDS: `${fake.feeds.news}, ${fake.feeds.alerts}`, DEMO: 'off', INGEST_BACKOFF_BASE_MS: '5' },
    });
    ingest = t.app.get(IngestService);
    sourceId = await sourceIdOf(t);
  }, 600_000); // the first app of a run may train the classifier
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('first run: every item of both feeds, each once, deduplicated by guid or id', async () => {
    const outcome = await run();
    expect(outcome.error).toBeNull();
    expect(outcome).toMatchObject({ status: 'ok', fetched: 60, inserted: 60, duplicates: 0 });
    expect(await storedIds()).toEqual(expected(range(0, 30)));
    expect(fake.requests.map((r) => [r.path, r.ifNoneMatch, r.status])).toEqual([
      ['/news.rss', null, 200],
      ['/alerts.atom', null, 200],
    ]);
    const [news] = await t.db.query(`SELECT url, text, author_name, posted_at FROM mentions WHERE external_id = $1`, [
      fakeRssItemId('news', 0),
    ]);
    expect(news).toEqual({
      url: fakeRssArticleUrl('news', 0),
      text: 'Open University launches free course on climate science (0)\n\nThe Open University said on Tuesday that item 0 matters.',
      author_name: 'Staff reporter',
      posted_at: new Date(Date.UTC(2025, 0, 1)),
    });
  });

  it('Google Alerts: the mention links to the article itself, not to the google.com/url redirect', async () => {
    const [alert] = await t.db.query(`SELECT url, text, author_name FROM mentions WHERE external_id = $1`, [
      fakeRssItemId('alerts', 1),
    ]);
    expect(alert).toEqual({
      url: fakeRssArticleUrl('alerts', 1),
      text: 'The Open University graduates celebrate in Milton Keynes (1)\n\nStudents at the Open University & staff react to story 1 ...',
      author_name: null,
    });
  });

  it('an unchanged feed answers 304 to the stored ETag: nothing fetched, nothing stored', async () => {
    fake.requests.length = 0;
    const outcome = await run();
    expect(outcome).toMatchObject({ status: 'ok', fetched: 0, inserted: 0 });
    expect(fake.requests.map((r) => [r.path, r.ifNoneMatch, r.status])).toEqual([
      ['/news.rss', '"news-1-0"', 304],
      ['/alerts.atom', '"alerts-1-0"', 304],
    ]);
    expect(fake.requests.every((r) => r.ifModifiedSince !== null)).toBe(true);
    const [{ cursor }] = await t.db.query(`SELECT cursor FROM source_cursors WHERE source_id = $1`, [sourceId]);
    expect(cursor.validators[fake.feeds.news]).toMatchObject({ etag: '"news-1-0"' });
  });

  it('a changed feed: the repeated items are duplicates and only the new ones are stored', async () => {
    fake.addPosts(5);
    const outcome = await run();
    expect(outcome).toMatchObject({ status: 'ok', fetched: 70, inserted: 10, duplicates: 60 });
    expect(await storedIds()).toEqual(expected(range(0, 35)));
  });

  it('429: the source waits as long as Retry-After says', async () => {
    fake.addPosts(1);
    fake.set({ rateLimited: 1, resetInSeconds: 45 });
    const before = Date.now();
    const limited = await run();
    expect(limited.status).toBe('rate_limited');
    expect(limited.retryAt!.getTime()).toBeGreaterThanOrEqual(before + 44_000);
    expect(limited.retryAt!.getTime()).toBeLessThan(Date.now() + 46_000);
    expect(await ingest.runSource(sourceId, { force: true })).toEqual({
      sourceId,
      outcome: 'skipped',
      reason: 'rate_limited',
    });
    await t.db.query(`UPDATE sources SET retry_at = NULL WHERE id = $1`, [sourceId]);
    expect(await run()).toMatchObject({ status: 'ok', inserted: 2 });
  });

  it('503 then success: retries the same feed with backoff and completes', async () => {
    fake.addPosts(1);
    fake.requests.length = 0;
    fake.set({ failures: 2 });
    expect(await run()).toMatchObject({ status: 'ok', inserted: 2 });
    expect(fake.requests.map((r) => [r.path, r.status])).toEqual([
      ['/news.rss', 503],
      ['/news.rss', 503],
      ['/news.rss', 200],
      ['/alerts.atom', 200],
    ]);
  });

  it('an item with neither id nor link is quarantined and the rest of the feed is stored', async () => {
    fake.set({ malformedEvery: 7 });
    fake.addPosts(7); // 37..43 are new; 41 has no id or link (and so have 6, 13, 20, 27, 34 now)
    const outcome = await run();
    fake.set({ malformedEvery: undefined });
    expect(outcome).toMatchObject({ status: 'partial', inserted: 12, quarantined: 12 });
    const quarantined = await t.db.query(`SELECT DISTINCT error FROM quarantine WHERE run_id = $1`, [outcome.runId]);
    expect(quarantined).toEqual([{ error: 'missing guid, id and link' }]);
    expect(await storedIds()).toEqual(expected(range(0, 44).filter((i) => i !== 41)));
  });

  it('a feed that is not well-formed XML is noted for an admin, and the other feeds are still read', async () => {
    // A watch query names its own feeds (on the Sources page); they are read after RSS_FEEDS.
    await t.db.query(`UPDATE watch_queries SET feeds = $1`, [[fake.feeds.broken]]);
    fake.addPosts(1); // 44, and 41 has its id and link again
    fake.requests.length = 0;
    const outcome = await run();
    expect(outcome).toMatchObject({ status: 'partial', inserted: 4, quarantined: 1 });
    expect(fake.requests.map((r) => r.path)).toEqual(['/news.rss', '/alerts.atom', '/broken.xml']);
    const [note] = await t.db.query(`SELECT external_id, error, payload FROM quarantine WHERE run_id = $1`, [
      outcome.runId,
    ]);
    expect(note.external_id).toBeNull();
    expect(note.error).toMatch(new RegExp(`^feed ${fake.feeds.broken} is not well-formed RSS or Atom: `));
    expect(note.payload.feed).toBe(fake.feeds.broken);
    await t.db.query(`UPDATE watch_queries SET feeds = '{}'`);
  });

  it('Atom dates as the web writes them: padded, a zone name, or unreadable; no entry is lost', async () => {
    await t.db.query(`UPDATE watch_queries SET feeds = $1`, [[fake.feeds.odd]]);
    const outcome = await run();
    await t.db.query(`UPDATE watch_queries SET feeds = '{}'`);
    expect(outcome).toMatchObject({ status: 'ok', inserted: 4, quarantined: 0 });
    const rows = (await t.db.query(
      `SELECT external_id, posted_at FROM mentions WHERE external_id LIKE 'tag:odd.example,2026:%'`,
    )) as { external_id: string; posted_at: Date }[];
    expect(rows).toHaveLength(4);
    const postedAt = (id: number) => rows.find((r) => r.external_id === `tag:odd.example,2026:${id}`)!.posted_at;
    expect(postedAt(1).toISOString()).toBe('2026-11-30T09:00:00.000Z');
    expect(postedAt(2).toISOString()).toBe('2026-11-29T08:00:00.000Z');
    expect(postedAt(3).toISOString()).toBe('2026-11-28T09:00:00.000Z'); // BST is an hour ahead of UTC
    // "yesterday": dated when first fetched, as an entry without a date is.
    expect(Math.abs(postedAt(4).getTime() - Date.now())).toBeLessThan(5 * 60_000);
  });

  it('a feed in ISO-8859-1 is read in its own charset', async () => {
    await t.db.query(`UPDATE watch_queries SET feeds = $1`, [[fake.feeds.latin1]]);
    const outcome = await run();
    await t.db.query(`UPDATE watch_queries SET feeds = '{}'`);
    expect(outcome).toMatchObject({ status: 'ok', inserted: 1 });
    const [row] = (await t.db.query(`SELECT text FROM mentions WHERE external_id = 'https://latin1.example/1'`)) as {
      text: string;
    }[];
    expect(row!.text).toBe(LATIN1_TITLE);
  });

  it('a feed that stays down is noted once its retries are spent, and the feeds after it are still read', async () => {
    await t.db.query(`DELETE FROM mentions WHERE external_id = 'https://latin1.example/1'`);
    await t.db.query(`UPDATE watch_queries SET feeds = $1`, [[fake.feeds.down, fake.feeds.latin1]]);
    fake.requests.length = 0;
    const outcome = await run();
    expect(outcome).toMatchObject({ status: 'partial', inserted: 1, quarantined: 1 });
    const downs = fake.requests.filter((r) => r.path === '/down.rss');
    expect(downs.length).toBeGreaterThan(1); // retried first
    expect(fake.requests.at(-1)!.path).toBe('/latin1.rss');
    const [note] = (await t.db.query(`SELECT external_id, error, payload FROM quarantine WHERE run_id = $1`, [
      outcome.runId,
    ])) as { external_id: string | null; error: string; payload: { feed: string } }[];
    expect(note).toMatchObject({ external_id: null, payload: { feed: fake.feeds.down } });
    expect(note!.error).toMatch(/answered HTTP 503 \(gave up after \d+ attempts\)$/);
    // The next pass tries the dead feed again from the start of the list.
    fake.requests.length = 0;
    await run();
    expect(fake.requests.some((r) => r.path === '/down.rss')).toBe(true);
    await t.db.query(`UPDATE watch_queries SET feeds = '{}'`);
  });
});

describe('ingesting RSS when the ingest CLI is killed mid-run', () => {
  let fake: FakeRssServer;
  let t: TestApp;
  const editions = range(0, 10).map((k) => `?edition=${k}`);
  let feeds: string[];

  beforeAll(async () => {
    fake = await startFakeRss({ posts: 100 });
    feeds = editions.map((e) => `${fake.feeds.news}${e}`);
    t = await newTestApp({ env: { DEMO: 'off', RSS_FEEDS: feeds.join(',') } });
  }, 600_000);
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const stored = async () =>
    ((await t.db.query(`SELECT external_id FROM mentions WHERE platform = 'rss'`)) as { external_id: string }[]).map(
      (r) => r.external_id,
    );

  it('resumes at the feed after the last one committed: no gap and no duplicate', async () => {
    fake.set({ delayMs: 300 }); // ten feeds of 100 items, slow enough to kill between them
    const cli = spawnCompiled(INGEST_CLI, ['--once', '--source', 'rss'], {
      NODE_ENV: 'test',
      DATABASE_URL: t.databaseUrl,
      RSS_FEEDS: feeds.join(','),
      DEMO: 'off',
    });
    await waitFor(
      async () => ((await stored()).length >= 200 ? true : undefined),
      300_000, // the CLI may have to train the classifier first
      'the CLI to store a few feeds',
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\nCLI output:\n${cli.output()}`);
    });
    cli.child.kill('SIGKILL');
    expect(await cli.exited).toBeNull();
    const afterKill = (await stored()).length;
    expect(afterKill % 100).toBe(0); // whole feeds, each committed with its cursor
    expect(afterKill).toBeLessThan(1000);
    const [{ cursor }] = await t.db.query(`SELECT cursor FROM source_cursors`);
    expect(cursor.next).toBe(feeds[afterKill / 100]);

    fake.set({ delayMs: 0 });
    fake.requests.length = 0;
    await untilSourceLocksFree(t);
    const resumed = await t.app.get(IngestService).runSource(await sourceIdOf(t), { force: true });
    expect(resumed).toMatchObject({ outcome: 'ran' });
    expect(fake.requests[0]!.path).toBe(`/news.rss${editions[afterKill / 100]}`);

    const ids = await stored();
    expect(ids.sort()).toEqual(
      range(0, 10)
        .flatMap((k) => range(0, 100).map((i) => fakeRssItemId('news', i, String(k))))
        .sort(),
    );
    expect(new Set(ids).size).toBe(1000);
  }, 600_000);
});
