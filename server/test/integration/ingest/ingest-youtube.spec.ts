import {
  type FakeYoutubeServer,
  fakeYoutubeCommentId,
  fakeYoutubeVideoId,
  startFakeYoutube,
} from '../../../tools/fakes/youtube/fake-youtube.server';
import { IngestService } from '../../../src/ingest/ingest.service';
import { ConnectorRegistry } from '../../../src/sources/connector-registry';
import { nextPacificMidnight } from '../../../src/sources/youtube/youtube-quota-day';
import { INGEST_CLI, spawnCompiled, waitFor } from '../../support/server-process';
import { newTestApp, type TestApp } from '../../support/test-app';
import { untilSourceLocksFree } from '../../support/ingest-locks';
import { ran } from '../../support/ingest-runs';

const youtubeEnv = (fake: FakeYoutubeServer, extra: Record<string, string> = {}): Record<string, string> => ({
  YOUTUBE_API_KEY: 'test-api-key',
  YOUTUBE_BASE_URL: fake.url,
  DEMO: 'off',
  ...extra,
});

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
/** The fake's comments that name the Open University (the even ones) on these videos. */
const matchingComments = (videos: number[], perVideo = 3) =>
  videos.flatMap((v) =>
    range(0, perVideo)
      .filter((n) => n % 2 === 0)
      .map((n) => fakeYoutubeCommentId(v, n)),
  );

async function sourceIdOf(t: TestApp): Promise<string> {
  const [row] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'youtube'`)) as { id: string }[];
  return row!.id;
}

describe('ingesting from YouTube (against the fake YouTube Data API over HTTP)', () => {
  let fake: FakeYoutubeServer;
  let t: TestApp;
  let ingest: IngestService;
  let sourceId: string;

  const storedIds = async (): Promise<string[]> =>
    (
      (await t.db.query(`SELECT external_id FROM mentions WHERE platform = 'youtube' ORDER BY external_id`)) as {
        external_id: string;
      }[]
    ).map((r) => r.external_id);
  const run = async () => ran(await ingest.runSource(sourceId, { force: true }));
  const connector = () => t.app.get(ConnectorRegistry).find('youtube')!;

  beforeAll(async () => {
    fake = await startFakeYoutube({ posts: 120, commentsPerVideo: 3 });
    t = await newTestApp({ env: youtubeEnv(fake, { INGEST_BACKOFF_BASE_MS: '5' }) });
    ingest = t.app.get(IngestService);
    sourceId = await sourceIdOf(t);
  }, 600_000); // the first app of a run may train the classifier
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('first run: searches newest first, then reads the matching comments on the newest videos', async () => {
    const outcome = await run();
    expect(outcome.error).toBeNull();
    // 120 videos, and the two comments naming the OU on each of the 20 newest
    expect(outcome).toMatchObject({ status: 'ok', fetched: 160, inserted: 160, duplicates: 0 });
    expect(await storedIds()).toEqual(
      [...range(0, 120).map(fakeYoutubeVideoId), ...matchingComments(range(100, 120))].sort(),
    );
    expect(fake.requests.map((r) => `${r.resource}:${r.params.get('pageToken') ?? ''}`).slice(0, 4)).toEqual([
      'search:',
      'search:p69',
      'search:p19',
      'commentThreads:',
    ]);
    expect(fake.requests).toHaveLength(3 + 20);
    const search = fake.requests[0]!.params;
    expect([search.get('q'), search.get('type'), search.get('order'), search.get('maxResults')]).toEqual([
      '"Open University"|OpenUniversity',
      'video',
      'date',
      '50',
    ]);
    expect(search.get('key')).toBe('test-api-key');
    const threads = fake.requests[3]!.params;
    expect([
      threads.get('videoId'),
      threads.get('searchTerms'),
      threads.get('order'),
      threads.get('maxResults'),
    ]).toEqual([fakeYoutubeVideoId(119), 'Open University', 'time', '100']);

    const [video] = await t.db.query(`SELECT url, text, author_name, author_id FROM mentions WHERE external_id = $1`, [
      fakeYoutubeVideoId(1),
    ]);
    expect(video).toEqual({
      url: `https://www.youtube.com/watch?v=${fakeYoutubeVideoId(1)}`,
      text: "Open University graduation 2025 & what's next (1)\n\nVideo 1 about studying with the Open University.",
      author_name: 'OU Students Association',
      author_id: `UC${'1'.padStart(22, '0')}`,
    });
    const [comment] = await t.db.query(
      `SELECT url, text, author_handle, in_reply_to_id FROM mentions WHERE external_id = $1`,
      [fakeYoutubeCommentId(119, 2)],
    );
    expect(comment).toEqual({
      url: `https://www.youtube.com/watch?v=${fakeYoutubeVideoId(119)}&lc=${fakeYoutubeCommentId(119, 2)}`,
      text: 'Loved my time at the Open University, comment 2',
      author_handle: 'viewer2',
      in_reply_to_id: fakeYoutubeVideoId(119),
    });
  });

  it('counts the units it spends, per Pacific day, for the Sources page', async () => {
    expect(fake.unitsSpent).toBe(3 * 100 + 20);
    const quota = await connector().quota!();
    expect(quota).toEqual({ used: 320, limit: 10_000, resetsAt: nextPacificMidnight(new Date()).toISOString() });
    const [row] = await t.db.query(`SELECT used FROM platform_quota_usage WHERE platform = 'youtube'`);
    expect(row.used).toBe(320);
  });

  it('a repeat pass stores nothing new: each walk stops at its high-water mark on the first page', async () => {
    fake.requests.length = 0;
    const outcome = await run();
    expect(outcome).toMatchObject({ status: 'ok', fetched: 0, inserted: 0 });
    expect(fake.requests.map((r) => r.resource)).toEqual(['search', ...Array(20).fill('commentThreads')]);
  });

  it('new videos and new comments on a tracked video are taken once', async () => {
    fake.addPosts(5); // 120..124: now the 20 newest are 105..124
    fake.addComments(119, 2); // comments 3 and 4; 4 names the OU
    const outcome = await run();
    expect(outcome).toMatchObject({ status: 'ok', inserted: 5 + 5 * 2 + 1 });
    expect(await storedIds()).toContain(fakeYoutubeCommentId(119, 4));
    expect(await storedIds()).not.toContain(fakeYoutubeCommentId(119, 3));
  });

  it('429: waits as long as Retry-After says, then carries on', async () => {
    fake.addPosts(1);
    fake.set({ rateLimited: 1, resetInSeconds: 30 });
    const before = Date.now();
    const limited = await run();
    expect(limited.status).toBe('rate_limited');
    expect(limited.retryAt!.getTime()).toBeGreaterThanOrEqual(before + 29_000);
    expect(limited.retryAt!.getTime()).toBeLessThan(Date.now() + 31_000);
    expect(await ingest.runSource(sourceId, { force: true })).toEqual({
      sourceId,
      outcome: 'skipped',
      reason: 'rate_limited',
    });
    await t.db.query(`UPDATE sources SET retry_at = NULL WHERE id = $1`, [sourceId]);
    expect(await run()).toMatchObject({ status: 'ok', inserted: 1 + 2 });
  });

  it('503 then success: retries the same page with backoff and completes', async () => {
    fake.addPosts(1);
    fake.requests.length = 0;
    fake.set({ failures: 2 });
    expect(await run()).toMatchObject({ status: 'ok', inserted: 1 + 2 });
    expect(fake.requests.slice(0, 3).map((r) => `${r.resource}?${r.params}`)).toEqual(
      Array(3).fill(`search?${fake.requests[0]!.params}`),
    );
  });

  it('a malformed video goes to quarantine and the rest of the page is stored', async () => {
    fake.set({ malformedEvery: 4 });
    fake.addPosts(8); // 127..134: 127 and 131 lack their title
    const outcome = await run();
    fake.set({ malformedEvery: undefined });
    expect(outcome.status).toBe('partial');
    const quarantined = await t.db.query(
      `SELECT external_id, error FROM quarantine WHERE platform = 'youtube' ORDER BY external_id`,
    );
    expect(quarantined).toEqual([
      { external_id: fakeYoutubeVideoId(127), error: 'missing title' },
      { external_id: fakeYoutubeVideoId(131), error: 'missing title' },
    ]);
    const stored = await storedIds();
    expect(stored).not.toContain(fakeYoutubeVideoId(127));
    expect(stored).toContain(fakeYoutubeVideoId(128));
  });

  it('deletion check: videos.list and comments.list by id tell which are gone', async () => {
    const ids = [
      fakeYoutubeVideoId(3),
      fakeYoutubeVideoId(4),
      fakeYoutubeCommentId(119, 0),
      fakeYoutubeCommentId(119, 2),
    ];
    fake.remove([fakeYoutubeVideoId(4), fakeYoutubeCommentId(119, 0)]);
    fake.requests.length = 0;
    expect(await connector().checkDeletions!(ids)).toEqual({
      status: 'ok',
      gone: [fakeYoutubeVideoId(4), fakeYoutubeCommentId(119, 0)],
    });
    expect(fake.requests.map((r) => r.resource)).toEqual(['videos', 'comments']);
  });

  it('403 quotaExceeded: the quota is spent for today; nothing is asked until midnight Pacific', async () => {
    fake.set({ quotaExceeded: 1 });
    fake.requests.length = 0;
    const limited = await run();
    expect(limited.status).toBe('rate_limited');
    expect(limited.retryAt).toEqual(nextPacificMidnight(new Date()));
    expect((await connector().quota!())!.used).toBe(10_000);
    // Even forced past retry_at, the connector asks nothing while today's count is full.
    await t.db.query(`UPDATE sources SET retry_at = NULL WHERE id = $1`, [sourceId]);
    fake.requests.length = 0;
    expect((await run()).status).toBe('rate_limited');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('the YouTube daily quota', () => {
  let fake: FakeYoutubeServer;
  let t: TestApp;

  beforeAll(async () => {
    fake = await startFakeYoutube({ posts: 200, commentsPerVideo: 1 });
    t = await newTestApp({ env: youtubeEnv(fake, { YOUTUBE_DAILY_QUOTA: '250' }) });
  }, 600_000);
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('stops before a request would exceed it, keeping what it stored, until midnight Pacific', async () => {
    const sourceId = await sourceIdOf(t);
    const outcome = ran(await t.app.get(IngestService).runSource(sourceId, { force: true }));
    expect(outcome.status).toBe('rate_limited');
    expect(outcome.retryAt).toEqual(nextPacificMidnight(new Date()));
    expect(outcome.inserted).toBe(100); // two search pages of 50; a third would cost 300 of 250 units
    expect(fake.requests.map((r) => r.resource)).toEqual(['search', 'search']);
    expect(fake.unitsSpent).toBe(200);
    const quota = await t.app.get(ConnectorRegistry).find('youtube')!.quota!();
    expect(quota).toMatchObject({ used: 200, limit: 250 });
    const [cursor] = (await t.db.query(`SELECT cursor FROM source_cursors`)) as { cursor: { search?: unknown } }[];
    expect(cursor!.cursor.search).toEqual({ pageToken: 'p99', runHigh: expect.any(Object) }); // resumes there tomorrow
  });
});

describe('ingesting from YouTube when the ingest CLI is killed mid-run', () => {
  let fake: FakeYoutubeServer;
  let t: TestApp;

  beforeAll(async () => {
    fake = await startFakeYoutube({ posts: 0, commentsPerVideo: 0 });
    t = await newTestApp({ env: youtubeEnv(fake) });
  }, 600_000);
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const stored = async () =>
    (
      (await t.db.query(`SELECT external_id FROM mentions WHERE platform = 'youtube'`)) as { external_id: string }[]
    ).map((r) => r.external_id);

  it('resumes from the committed cursor: no gap and no duplicate', async () => {
    fake.addPosts(800);
    fake.set({ delayMs: 150 }); // sixteen search pages, slow enough to kill between them
    const cli = spawnCompiled(INGEST_CLI, ['--once', '--source', 'youtube'], {
      NODE_ENV: 'test',
      DATABASE_URL: t.databaseUrl,
      ...youtubeEnv(fake),
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
    expect(afterKill).toBeLessThan(800);

    fake.set({ delayMs: 0 });
    fake.requests.length = 0;
    await untilSourceLocksFree(t);
    const resumed = await t.app.get(IngestService).runSource(await sourceIdOf(t), { force: true });
    expect(resumed).toMatchObject({ outcome: 'ran', status: 'ok' });
    expect(fake.requests[0]!.params.get('pageToken')).not.toBeNull(); // picked up where the killed run was

    const ids = await stored();
    expect(ids.sort()).toEqual(range(0, 800).map(fakeYoutubeVideoId).sort());
    expect(new Set(ids).size).toBe(800);
  }, 600_000);
});
