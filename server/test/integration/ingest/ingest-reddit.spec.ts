import {
  type FakeRedditServer,
  fakeRedditCommentName,
  fakeRedditPostName,
  startFakeReddit,
} from '../../../tools/fakes/reddit/fake-reddit.server';
import { IngestService } from '../../../src/ingest/ingest.service';
import { ConnectorRegistry } from '../../../src/sources/connector-registry';
import { INGEST_CLI, spawnCompiled, waitFor } from '../../support/server-process';
import { newTestApp, type TestApp } from '../../support/test-app';
import { untilSourceLocksFree } from '../../support/ingest-locks';
import { ran } from '../../support/ingest-runs';

const USER_AGENT = 'server:ou-social-listening:1.0 (by /u/ou_comms)';
const redditEnv = (fake: FakeRedditServer): Record<string, string> => ({
  REDDIT_CLIENT_ID: 'test-client',
  REDDIT_CLIENT_SECRET: 'test-secret',
  REDDIT_USER_AGENT: USER_AGENT,
  REDDIT_BASE_URL: fake.url,
  DEMO: 'off',
});

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('ingesting from Reddit (against the fake Reddit API over HTTP)', () => {
  let fake: FakeRedditServer;
  let t: TestApp;
  let ingest: IngestService;
  let sourceId: string;

  const storedIds = async (): Promise<string[]> =>
    (
      (await t.db.query(`SELECT external_id FROM mentions WHERE platform = 'reddit' ORDER BY external_id`)) as {
        external_id: string;
      }[]
    ).map((r) => r.external_id);
  const expected = (posts: number[], comments: number[]) =>
    [...posts.map(fakeRedditPostName), ...comments.map(fakeRedditCommentName)].sort();
  const run = async () => ran(await ingest.runSource(sourceId, { force: true }));

  beforeAll(async () => {
    fake = await startFakeReddit({ posts: 150, comments: 120 });
    t = await newTestApp({ env: { ...redditEnv(fake), INGEST_BACKOFF_BASE_MS: '5' } });
    ingest = t.app.get(IngestService);
    const [row] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'reddit'`)) as { id: string }[];
    sourceId = row!.id;
  }, 600_000); // the first app of a run may train the classifier
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('first run: reads the search, then r/OpenUniversity’s new posts and comments, storing each once', async () => {
    const outcome = await run();
    expect(outcome.error).toBeNull();
    // The r/OpenUniversity posts also match the search: fetched twice, stored once.
    expect(outcome).toMatchObject({ status: 'ok', fetched: 150 + 50 + 120, inserted: 270, duplicates: 50 });
    expect(await storedIds()).toEqual(expected(range(0, 150), range(0, 120)));

    expect(fake.tokensIssued).toBe(1); // one token for the whole run
    expect(fake.requests.every((r) => r.userAgent === USER_AGENT)).toBe(true);
    expect(fake.requests.map((r) => `${r.path}?after=${r.params.get('after') ?? ''}`)).toEqual([
      '/search?after=',
      `/search?after=${fakeRedditPostName(50)}`,
      '/r/OpenUniversity/new?after=',
      '/r/OpenUniversity/comments?after=',
      `/r/OpenUniversity/comments?after=${fakeRedditCommentName(20)}`,
    ]);
    const search = fake.requests[0]!.params;
    expect(Object.fromEntries(search)).toMatchObject({
      q: '("Open University" OR OpenUniversity)',
      sort: 'new',
      limit: '100',
    });

    const [post] = await t.db.query(
      `SELECT author_handle, url, text, conversation_id, in_reply_to_id, metrics, is_demo FROM mentions WHERE external_id = $1`,
      [fakeRedditPostName(6)],
    );
    expect(post).toMatchObject({
      author_handle: 'tm254_night_owl',
      is_demo: false,
      conversation_id: fakeRedditPostName(6),
    });
    expect(post.url).toMatch(/^https:\/\/www\.reddit\.com\/r\/OpenUniversity\/comments\/[0-9a-z]+\/post_6\/$/);
    expect(post.text).toBe(
      'Is the Open University worth it for a career change? (6)\n\nThe Open University forum has been really helpful this week. Post 6.',
    );
    const [comment] = await t.db.query(
      `SELECT author_handle, url, text, in_reply_to_id FROM mentions WHERE external_id = $1`,
      [fakeRedditCommentName(4)],
    );
    expect(comment).toMatchObject({ author_handle: null, in_reply_to_id: fakeRedditPostName(12) }); // [deleted] author
    expect(comment.url).toMatch(/^https:\/\/www\.reddit\.com\/r\/OpenUniversity\/comments\//);
  });

  it('a repeat pass stores nothing new: one page per listing, each stopping at its high-water mark', async () => {
    fake.requests.length = 0;
    const outcome = await run();
    expect(outcome).toMatchObject({ status: 'ok', fetched: 0, inserted: 0, duplicates: 0 });
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/search',
      '/r/OpenUniversity/new',
      '/r/OpenUniversity/comments',
    ]);
    expect(await storedIds()).toHaveLength(270);
  });

  it('new posts and comments: only what is above the marks is taken', async () => {
    fake.addPosts(30);
    fake.addComments(10);
    const outcome = await run();
    expect(outcome).toMatchObject({ status: 'ok', fetched: 30 + 10 + 10, inserted: 40, duplicates: 10 });
    expect(await storedIds()).toEqual(expected(range(0, 180), range(0, 130)));
  });

  it('429: the source waits until Retry-After, then carries on with nothing lost', async () => {
    fake.addPosts(6);
    fake.set({ rateLimited: 1, resetInSeconds: 1 });
    const before = Date.now();
    const limited = await run();
    expect(limited.status).toBe('rate_limited');
    expect(limited.retryAt!.getTime()).toBeGreaterThanOrEqual(before + 900);
    expect(limited.retryAt!.getTime()).toBeLessThan(before + 5_000);
    const [source] = await t.db.query(`SELECT retry_at FROM sources WHERE id = $1`, [sourceId]);
    expect(source.retry_at.getTime()).toBe(limited.retryAt!.getTime());
    expect(await ingest.runSource(sourceId, { force: true })).toEqual({
      sourceId,
      outcome: 'skipped',
      reason: 'rate_limited',
    });

    await new Promise((resolve) => setTimeout(resolve, limited.retryAt!.getTime() - Date.now() + 50));
    fake.set({ resetInSeconds: 600 });
    expect(await run()).toMatchObject({ status: 'ok', inserted: 6 });
    expect(await storedIds()).toEqual(expected(range(0, 186), range(0, 130)));
  });

  it('stops before the budget is spent: with X-Ratelimit-Remaining at 0 it asks no more until the reset', async () => {
    fake.addPosts(3);
    fake.set({ budget: 2, resetInSeconds: 2 });
    fake.requests.length = 0;
    const stopped = await run();
    expect(stopped.status).toBe('rate_limited');
    expect(fake.requests).toHaveLength(2); // search, r/OpenUniversity/new; never a request answered 429
    expect(stopped.retryAt!.getTime()).toBeGreaterThan(Date.now());

    await new Promise((resolve) => setTimeout(resolve, stopped.retryAt!.getTime() - Date.now() + 50));
    fake.set({ budget: 1000, resetInSeconds: 600 });
    expect(await run()).toMatchObject({ status: 'ok' });
    expect(await storedIds()).toEqual(expected(range(0, 189), range(0, 130)));
  });

  it('500 then success: retries the same page with backoff and completes', async () => {
    fake.addPosts(2);
    fake.requests.length = 0;
    fake.set({ failures: 2 });
    expect(await run()).toMatchObject({ status: 'ok', inserted: 2 });
    expect(fake.requests.slice(0, 3).map((r) => `${r.path}?${r.params}`)).toEqual(
      Array(3).fill(`${fake.requests[0]!.path}?${fake.requests[0]!.params}`),
    );
  });

  it('a malformed post or comment goes to quarantine and the rest of the page is stored', async () => {
    fake.set({ malformedEvery: 5 });
    fake.addPosts(20); // 191..210: 194, 199, 204, 209 lack their title
    fake.addComments(5); // 130..134: 134 lacks its body
    const outcome = await run();
    fake.set({ malformedEvery: undefined });
    expect(outcome.status).toBe('partial');
    expect(outcome.inserted).toBe(16 + 4);
    const quarantined = (await t.db.query(
      `SELECT DISTINCT external_id, error FROM quarantine WHERE platform = 'reddit' ORDER BY external_id`,
    )) as { external_id: string; error: string }[];
    expect(quarantined).toEqual(
      [
        ...[194, 199, 204, 209].map((i) => ({ external_id: fakeRedditPostName(i), error: 'missing title' })),
        { external_id: fakeRedditCommentName(134), error: 'missing body' },
      ].sort((a, b) => a.external_id.localeCompare(b.external_id)),
    );
    const stored = await storedIds();
    expect(stored).toEqual(
      expected(
        range(0, 211).filter((i) => ![194, 199, 204, 209].includes(i)),
        range(0, 134),
      ),
    );
  });

  it('a private subreddit is noted for an admin and does not stop the other listings', async () => {
    fake.addPosts(3); // 211..213, all from the search
    fake.set({ privateSubreddits: ['OpenUniversity'] });
    const outcome = await run();
    fake.set({ privateSubreddits: [] });
    expect(outcome).toMatchObject({ status: 'partial', inserted: 3 });
    const notes = (await t.db.query(`SELECT error FROM quarantine WHERE run_id = $1 ORDER BY id`, [outcome.runId])) as {
      error: string;
    }[];
    expect(notes.map((n) => n.error)).toEqual([
      'r/OpenUniversity answered HTTP 403 (private, banned or missing?)',
      'r/OpenUniversity answered HTTP 403 (private, banned or missing?)',
    ]);
  });

  it('deletion check: /api/info tells which stored posts are removed, deleted or gone', async () => {
    const connector = t.app.get(ConnectorRegistry).find('reddit')!;
    const ids = [fakeRedditPostName(1), fakeRedditPostName(2), fakeRedditCommentName(1), fakeRedditCommentName(2)];
    fake.remove([fakeRedditPostName(2), fakeRedditCommentName(1)]);
    fake.forget([fakeRedditCommentName(2)]);
    fake.requests.length = 0;
    expect(await connector.checkDeletions!(ids)).toEqual({
      status: 'ok',
      gone: [fakeRedditPostName(2), fakeRedditCommentName(1), fakeRedditCommentName(2)],
    });
    expect(fake.requests.map((r) => [r.path, r.params.get('id')])).toEqual([['/api/info', ids.join(',')]]);
  });
});

describe('ingesting from Reddit when the ingest CLI is killed mid-run', () => {
  let fake: FakeRedditServer;
  let t: TestApp;

  beforeAll(async () => {
    fake = await startFakeReddit({ posts: 0 });
    t = await newTestApp({ env: redditEnv(fake) });
  }, 600_000);
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const stored = async () =>
    ((await t.db.query(`SELECT external_id FROM mentions WHERE platform = 'reddit'`)) as { external_id: string }[]).map(
      (r) => r.external_id,
    );

  it('resumes from the committed cursor: no gap and no duplicate', async () => {
    fake.addPosts(900);
    fake.set({ delayMs: 150 }); // nine search pages, slow enough to kill between them
    const cli = spawnCompiled(INGEST_CLI, ['--once', '--source', 'reddit'], {
      NODE_ENV: 'test',
      DATABASE_URL: t.databaseUrl,
      ...redditEnv(fake),
    });
    const before = await waitFor(
      async () => {
        const n = (await stored()).length;
        return n >= 200 ? n : undefined;
      },
      300_000, // the CLI may have to train the classifier first
      'the CLI to store a few pages',
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\nCLI output:\n${cli.output()}`);
    });
    cli.child.kill('SIGKILL');
    expect(await cli.exited).toBeNull();
    const afterKill = (await stored()).length;
    expect(afterKill).toBeGreaterThanOrEqual(before);
    expect(afterKill).toBeLessThan(900);
    const [cursor] = (await t.db.query(`SELECT cursor FROM source_cursors`)) as { cursor: { walk?: unknown } }[];
    expect(cursor!.cursor.walk).toMatchObject({ stream: 'search' }); // mid-walk

    fake.set({ delayMs: 0 });
    fake.requests.length = 0;
    const [source] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'reddit'`)) as { id: string }[];
    await untilSourceLocksFree(t);
    const resumed = await t.app.get(IngestService).runSource(source!.id, { force: true });
    expect(resumed).toMatchObject({ outcome: 'ran', status: 'ok' });
    expect(fake.requests[0]!.params.get('after')).not.toBeNull(); // picked up where the killed run was

    const ids = await stored();
    expect(ids.sort()).toEqual(range(0, 900).map(fakeRedditPostName).sort());
    expect(new Set(ids).size).toBe(900);
  }, 600_000);
});
