import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config/app-config';
import { IngestService } from '../../../src/ingest/ingest.service';
import { BlueskyConnector } from '../../../src/sources/bluesky/bluesky.connector';
import { ConnectorRegistry } from '../../../src/sources/connector-registry';
import { type FakeBlueskyServer, startFakeBluesky } from '../../../tools/fakes/bluesky/fake-bluesky.server';
import { INGEST_CLI, spawnCompiled, waitFor } from '../../support/server-process';
import { newTestApp, type TestApp } from '../../support/test-app';
import { untilSourceLocksFree } from '../../support/ingest-locks';
import { ran } from '../../support/ingest-runs';

const HANDLE = 'ou-listening.bsky.social';
const APP_PASSWORD = 'abcd-efgh-ijkl-mnop';

async function blueskySourceId(t: TestApp): Promise<string> {
  const [row] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'bluesky'`)) as { id: string }[];
  return row!.id;
}

const storedUris = async (t: TestApp): Promise<string[]> =>
  (
    (await t.db.query(`SELECT external_id FROM mentions WHERE platform = 'bluesky' ORDER BY external_id`)) as {
      external_id: string;
    }[]
  ).map((r) => r.external_id);

describe('ingesting from Bluesky (against the fake PDS over HTTP)', () => {
  let fake: FakeBlueskyServer;
  let t: TestApp;
  let ingest: IngestService;
  let sourceId: string;
  let dataDir: string;
  const env = () => ({
    BLUESKY_HANDLE: HANDLE,
    BLUESKY_APP_PASSWORD: APP_PASSWORD,
    BLUESKY_BASE_URL: fake.url,
    DATA_DIR: dataDir,
    DEMO: 'off',
    INGEST_BACKOFF_BASE_MS: '5',
  });
  const published = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => fake.uriAt(from + i)).sort();
  const run = async () => ingest.runSource(sourceId, { force: true });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ou-bluesky-'));
    fake = await startFakeBluesky({ posts: 250, handle: HANDLE, appPassword: APP_PASSWORD });
    t = await newTestApp({ env: env() });
    ingest = t.app.get(IngestService);
    sourceId = await blueskySourceId(t);
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('first run: logs in once, searches each term latest-first, follows the cursor, stores each post once', async () => {
    const outcome = ran(await run());
    expect(outcome.error).toBeNull();
    // "Open University" and #OpenUniversity each find all 250 (the second copy is a duplicate);
    // "@OpenUniversity" finds none.
    expect(outcome).toMatchObject({ status: 'ok', fetched: 500, inserted: 250, duplicates: 250, quarantined: 0 });
    expect(await storedUris(t)).toEqual(published(0, 250));
    expect(fake.calls('com.atproto.server.createSession')).toBe(1);

    const searches = fake.requests.filter((r) => r.nsid === 'app.bsky.feed.searchPosts');
    expect(searches.map((r) => [r.query.get('q'), r.query.get('cursor')])).toEqual([
      ['"Open University"', null],
      ['"Open University"', '100'],
      ['"Open University"', '200'],
      ['#OpenUniversity', null],
      ['#OpenUniversity', '100'],
      ['#OpenUniversity', '200'],
      ['"@OpenUniversity"', null],
    ]);
    expect(searches.every((r) => r.query.get('sort') === 'latest' && r.query.get('limit') === '100')).toBe(true);
    expect(searches.every((r) => r.auth === 'Bearer fake-access-1')).toBe(true);
    // A walk keeps one since; a first poll looks seven days back.
    expect(new Set(searches.slice(0, 3).map((r) => r.query.get('since'))).size).toBe(1);
    const since = Date.parse(searches[0]!.query.get('since')!);
    expect(Math.abs(since - (Date.now() - 7 * 86_400_000))).toBeLessThan(120_000);

    const [mention] = await t.db.query(
      `SELECT author_handle, author_id, url, text, lang, metrics FROM mentions WHERE external_id = $1`,
      [fake.uriAt(5)],
    );
    expect(mention).toMatchObject({
      author_handle: 'mkmum.bsky.social',
      author_id: 'did:plc:fakeauthor00000000000001',
      url: 'https://bsky.app/profile/mkmum.bsky.social/post/3lfake0000005',
      lang: 'en',
      metrics: { replies: 2, reposts: 0, likes: 5, quotes: 0 },
    });
    // The shortened link in the text is whole again, from the post's link facet.
    expect(mention.text).toBe(
      'How long does the Open University take to send EMA results? (5) #OpenUniversity https://www.open.ac.uk/students/results-5',
    );

    // The session is kept for the next process, readable by this user only, without the password.
    const file = path.join(dataDir, 'bluesky-session.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const saved = readFileSync(file, 'utf8');
    expect(JSON.parse(saved)).toMatchObject({ handle: HANDLE, session: { accessJwt: 'fake-access-1' } });
    expect(saved).not.toContain(APP_PASSWORD);
  });

  it('a repeat pass stores nothing new; new posts are stored once', async () => {
    fake.requests.length = 0;
    const again = ran(await run());
    // Each term looks two minutes behind its high-water mark (search indexes late): 121 posts again.
    expect(again).toMatchObject({ status: 'ok', inserted: 0, quarantined: 0 });
    expect(again.duplicates).toBe(again.fetched);
    expect(again.fetched).toBe(242);
    const since = Date.parse(fake.requests.find((r) => r.nsid === 'app.bsky.feed.searchPosts')!.query.get('since')!);
    expect(since).toBeGreaterThan(Date.now() - 600_000);

    fake.addPosts(30);
    expect(ran(await run())).toMatchObject({ status: 'ok', inserted: 30 });
    expect(await storedUris(t)).toEqual(published(0, 280));
    expect(fake.calls('com.atproto.server.createSession')).toBe(0);
  });

  it('reuses the saved session in a new process, and refreshes an expired one instead of logging in again', async () => {
    const config = loadConfig({ ...env(), NODE_ENV: 'test' });
    const query = {
      id: '0',
      name: 'q',
      phrases: ['Open University'],
      handles: [],
      hashtags: [],
      exclusions: [],
      language: null,
      includeReposts: false,
      subreddits: [],
      feeds: [],
    };
    fake.requests.length = 0;
    const fresh = new BlueskyConnector(config);
    expect(await fresh.fetchPage(query, {})).toMatchObject({ status: 'ok' });
    expect(fake.calls('com.atproto.server.createSession')).toBe(0);

    fake.expireAccessTokens();
    expect(await fresh.fetchPage(query, {})).toMatchObject({ status: 'ok' });
    expect(fake.calls('com.atproto.server.createSession')).toBe(0);
    expect(fake.calls('com.atproto.server.refreshSession')).toBe(1);
    const saved = JSON.parse(readFileSync(path.join(dataDir, 'bluesky-session.json'), 'utf8')) as {
      session: { accessJwt: string };
    };
    expect(saved.session.accessJwt).toBe('fake-access-2');
  });

  it('429: records retry_at from ratelimit-reset, skips the source until then, and loses nothing', async () => {
    fake.addPosts(10);
    fake.set({ rateLimited: 1, resetInSeconds: 120 });
    const before = Date.now();
    const limited = ran(await run());
    expect(limited.status).toBe('rate_limited');
    expect(limited.retryAt!.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 119_000);
    const [source] = await t.db.query(`SELECT retry_at FROM sources WHERE id = $1`, [sourceId]);
    expect(source.retry_at.getTime()).toBe(limited.retryAt!.getTime());
    expect(await run()).toEqual({ sourceId, outcome: 'skipped', reason: 'rate_limited' });

    await t.db.query(`UPDATE sources SET retry_at = now() - interval '1 second' WHERE id = $1`, [sourceId]);
    expect(ran(await run())).toMatchObject({ status: 'ok', inserted: 10 });
    expect(await storedUris(t)).toEqual(published(0, 290));
  });

  it('502: retries the same request with backoff, and gives up after the attempts with the cursor kept', async () => {
    fake.addPosts(5);
    fake.requests.length = 0;
    fake.set({ failures: 2 });
    expect(ran(await run())).toMatchObject({ status: 'ok', inserted: 5 });
    const first = fake.requests.slice(0, 3).map((r) => `${r.nsid}?${r.query.toString()}`);
    expect(new Set(first).size).toBe(1);

    fake.set({ failures: 10 });
    const failed = ran(await run());
    fake.set({ failures: 0 });
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/Bluesky answered 502 UpstreamFailure \(gave up after 4 attempts\)/);
  });

  it('a malformed post goes to quarantine and the rest of the page is stored', async () => {
    const from = fake.postCount;
    fake.set({ malformedEvery: 4 });
    fake.addPosts(8); // of these, each fourth index lacks its text (and so fails the lexicon check)
    const malformed = [from, from + 1, from + 2, from + 3, from + 4, from + 5, from + 6, from + 7].filter(
      (i) => (i + 1) % 4 === 0,
    );
    const outcome = ran(await run());
    fake.set({ malformedEvery: undefined });
    expect(outcome.status).toBe('partial');
    expect(outcome.inserted).toBe(6);
    const quarantined = (await t.db.query(
      `SELECT DISTINCT external_id, error FROM quarantine WHERE platform = 'bluesky' AND run_id = $1`,
      [outcome.runId],
    )) as { external_id: string; error: string }[];
    expect(quarantined.map((q) => q.external_id).sort()).toEqual(malformed.map((i) => fake.uriAt(i)).sort());
    expect(quarantined.every((q) => q.error === 'missing record.text')).toBe(true);
    const stored = new Set(await storedUris(t));
    expect(stored.has(fake.uriAt(malformed[0]! + 1))).toBe(true);
    expect(stored.has(fake.uriAt(malformed[0]!))).toBe(false);
  });

  it('checkDeletions: getPosts leaves out deleted posts, which are reported gone', async () => {
    const connector = t.app.get(ConnectorRegistry).find('bluesky')!;
    fake.deleteUris([fake.uriAt(3)]);
    fake.requests.length = 0;
    const check = await connector.checkDeletions!([fake.uriAt(1), fake.uriAt(3), fake.uriAt(4)]);
    expect(check).toEqual({ status: 'ok', gone: [fake.uriAt(3)] });
    const lookUp = fake.requests.find((r) => r.nsid === 'app.bsky.feed.getPosts')!;
    expect(lookUp.query.getAll('uris')).toEqual([fake.uriAt(1), fake.uriAt(3), fake.uriAt(4)]);
    // At most 25 per call, as getPosts allows: the caller batches by deletionBatchSize.
    expect(connector.deletionBatchSize).toBe(25);
    const asked = fake.calls('app.bsky.feed.getPosts');
    const many = Array.from({ length: 30 }, (_, i) => fake.uriAt(i));
    expect(await connector.checkDeletions!(many)).toMatchObject({
      status: 'failed',
      message: 'at most 25 posts per check',
    });
    expect(fake.calls('app.bsky.feed.getPosts')).toBe(asked);
  });

  it('checkDeletions: a getPosts answer with no list of posts is a failure, never "all gone"', async () => {
    const connector = t.app.get(ConnectorRegistry).find('bluesky')!;
    fake.set({ postlessGetPosts: 1 });
    const check = await connector.checkDeletions!([fake.uriAt(1), fake.uriAt(2)]);
    expect(check).toMatchObject({ status: 'failed' });
    expect(await connector.checkDeletions!([fake.uriAt(1), fake.uriAt(2)])).toEqual({ status: 'ok', gone: [] });
  });
});

describe('ingesting from Bluesky when the ingest CLI is killed mid-run', () => {
  let fake: FakeBlueskyServer;
  let t: TestApp;
  let dataDir: string;
  const env = () => ({
    BLUESKY_HANDLE: HANDLE,
    BLUESKY_APP_PASSWORD: APP_PASSWORD,
    BLUESKY_BASE_URL: fake.url,
    DATA_DIR: dataDir,
    DEMO: 'off',
  });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ou-bluesky-'));
    fake = await startFakeBluesky({ posts: 0, handle: HANDLE, appPassword: APP_PASSWORD });
    t = await newTestApp({ env: env() });
    await t.db.query(
      `UPDATE watch_queries SET phrases = '{}', handles = '{}', hashtags = '{OpenUniversity}' WHERE name = 'The Open University'`,
    );
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('resumes the walk from the committed cursor: every post stored, each once, with one login', async () => {
    fake.addPosts(1000);
    fake.set({ delayMs: 150 }); // ten pages of 100, slow enough to kill between them
    const cli = spawnCompiled(INGEST_CLI, ['--once', '--source', 'bluesky'], {
      NODE_ENV: 'test',
      DATABASE_URL: t.databaseUrl,
      ...env(),
    });
    const before = await waitFor(
      async () => {
        const n = (await storedUris(t)).length;
        return n >= 200 ? n : undefined;
      },
      90_000,
      'the CLI to store a few pages',
    ).catch((error: Error) => {
      cli.child.kill('SIGKILL');
      throw new Error(`${error.message}; the CLI said: ${cli.output()}`);
    });
    cli.child.kill('SIGKILL');
    expect(await cli.exited).toBeNull();
    const afterKill = (await storedUris(t)).length;
    expect(afterKill).toBeGreaterThanOrEqual(before);
    expect(afterKill).toBeLessThan(1000);

    fake.set({ delayMs: 0 });
    const resumedFrom = fake.requests.length;
    await untilSourceLocksFree(t);
    const resumed = await t.app.get(IngestService).runSource(await blueskySourceId(t), { force: true });
    expect(resumed).toMatchObject({ outcome: 'ran', status: 'ok', duplicates: 0 });
    const stored = await storedUris(t);
    expect(stored).toHaveLength(1000);
    expect(new Set(stored).size).toBe(1000);
    // The resumed run followed the killed walk's cursor, and this process used the CLI's session.
    const next = fake.requests.slice(resumedFrom).find((r) => r.nsid === 'app.bsky.feed.searchPosts')!;
    expect(Number(next.query.get('cursor'))).toBeGreaterThanOrEqual(200);
    expect(fake.calls('com.atproto.server.createSession')).toBe(1);
  }, 180_000);
});
