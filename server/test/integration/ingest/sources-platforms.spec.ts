import { SOURCE_KINDS } from '@ou-listening/shared';
import { IngestService } from '../../../src/ingest/ingest.service';
import { signInAs } from '../../support/auth';
import { newTestApp, type TestApp } from '../../support/test-app';

type Platform = {
  kind: string;
  configured: boolean;
  missing: string[];
  settings: { name: string; set: boolean }[];
  retryAt: string | null;
  quota: unknown;
  recentRuns: { status: string; inserted: number; error: string | null }[];
  mentions: number;
};

const A_SECRET = 'bearer-token-that-must-never-leave-the-server';

describe('Sources page API: each platform, its missing variables, runs and the queue filter', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp({ env: { DEMO: 'on' } });
  });
  afterAll(() => t.close());

  const sourceId = async (kind: string): Promise<string> =>
    ((await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = $1`, [kind])) as { id: string }[])[0]!.id;

  it('lists every platform: X names its missing variable, demo is configured, the others have a source row', async () => {
    const { agent } = await signInAs(t, 'admin');
    const res = await agent.get('/api/sources/overview').expect(200);
    const platforms = res.body as Platform[];
    expect(platforms.map((p) => p.kind)).toEqual([...SOURCE_KINDS]);
    const x = platforms.find((p) => p.kind === 'x')!;
    expect(x).toMatchObject({ configured: false, missing: ['X_BEARER_TOKEN'], retryAt: null, quota: null });
    expect(platforms.find((p) => p.kind === 'demo')).toMatchObject({ configured: true, missing: [] });
    const rows = (await t.db.query(`SELECT kind FROM sources ORDER BY kind`)) as { kind: string }[];
    expect(rows.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['bluesky', 'demo', 'mastodon', 'reddit', 'rss', 'x', 'youtube']),
    );
    for (const kind of ['mastodon', 'bluesky', 'reddit', 'youtube', 'rss']) {
      const platform = platforms.find((p) => p.kind === kind)!;
      if (!platform.configured) expect(platform.missing.length).toBeGreaterThan(0);
    }

    const { agent: comms } = await signInAs(t, 'comms');
    await comms.get('/api/sources/overview').expect(403);
  });

  it('shows the latest runs, a rate limit still ahead and the mentions stored, per platform', async () => {
    const x = await sourceId('x');
    const retryAt = new Date(Date.now() + 10 * 60_000);
    await t.db.query(
      `INSERT INTO ingest_runs (source_id, started_at, finished_at, status, fetched, inserted, duplicates, quarantined, error, retry_at)
       VALUES ($1, now() - interval '20 minutes', now() - interval '19 minutes', 'ok', 12, 10, 2, 0, NULL, NULL),
              ($1, now() - interval '5 minutes', now() - interval '5 minutes', 'rate_limited', 0, 0, 0, 0, 'rate limited by the platform', $2)`,
      [x, retryAt],
    );
    await t.db.query(`UPDATE sources SET retry_at = $2 WHERE id = $1`, [x, retryAt]);

    const { agent } = await signInAs(t, 'admin');
    const platforms = (await agent.get('/api/sources/overview').expect(200)).body as Platform[];
    const platform = platforms.find((p) => p.kind === 'x')!;
    expect(platform.retryAt).toBe(retryAt.toISOString());
    expect(platform.recentRuns.map((r) => [r.status, r.inserted])).toEqual([
      ['rate_limited', 0],
      ['ok', 10],
    ]);
    expect(platforms.find((p) => p.kind === 'youtube')!.recentRuns).toEqual([]);
  });

  it('never sends a secret: configured X shows the variable as set, not its value', async () => {
    const configured = await newTestApp({ env: { X_BEARER_TOKEN: A_SECRET, X_API_BASE_URL: 'http://127.0.0.1:9' } });
    try {
      const { agent } = await signInAs(configured, 'admin');
      const res = await agent.get('/api/sources/overview').expect(200);
      expect(res.text).not.toContain(A_SECRET);
      const x = (res.body as Platform[]).find((p) => p.kind === 'x')!;
      expect(x).toMatchObject({ configured: true, missing: [] });
      expect(x.settings).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'X_BEARER_TOKEN', set: true })]),
      );
      // X is configured, so the queue filter offers it before any X mention exists.
      const options = (await agent.get('/api/sources/platforms').expect(200)).body as { platform: string }[];
      expect(options.map((o) => o.platform)).toEqual(['x']);
    } finally {
      await configured.close();
    }
  });

  it('demo: posts on every platform with links of each platform, and the filter then offers them', async () => {
    const { agent: comms } = await signInAs(t, 'comms');
    // Nothing is configured but demo, and demo is no platform of its own: nothing to filter on yet.
    expect((await comms.get('/api/sources/platforms').expect(200)).body).toEqual([]);

    const ingest = t.app.get(IngestService);
    await ingest.runSource(await sourceId('demo'), { force: true, maxPages: 1000 });
    const rows = (await t.db.query(
      `SELECT platform, count(*)::int AS n, bool_and(is_demo) AS demo, min(url) AS url
       FROM mentions GROUP BY platform ORDER BY platform`,
    )) as { platform: string; n: number; demo: boolean; url: string }[];
    // Facebook and Instagram carry only the demo's comments on our own pages, a few in a hundred.
    expect(rows.map((r) => r.platform)).toEqual([
      'bluesky',
      'facebook',
      'instagram',
      'mastodon',
      'reddit',
      'rss',
      'x',
      'youtube',
    ]);
    for (const row of rows) {
      expect(row.demo).toBe(true);
      expect(row.n).toBeGreaterThan(['facebook', 'instagram'].includes(row.platform) ? 20 : 50);
    }
    const hosts = Object.fromEntries(rows.map((r) => [r.platform, new URL(r.url).host]));
    expect(hosts).toMatchObject({
      x: 'x.com',
      bluesky: 'bsky.app',
      reddit: 'www.reddit.com',
      youtube: 'www.youtube.com',
      facebook: 'www.facebook.com',
      instagram: 'www.instagram.com',
    });
    const [unlinked] = (await t.db.query(`SELECT count(*)::int AS n FROM mentions WHERE url IS NULL`)) as {
      n: number;
    }[];
    expect(unlinked!.n).toBe(0);

    const options = (await comms.get('/api/sources/platforms').expect(200)).body as {
      platform: string;
      mentions: number;
    }[];
    expect(options.map((o) => o.platform)).toEqual(
      ['mastodon', 'bluesky', 'reddit', 'youtube', 'rss', 'x', 'facebook', 'instagram'].sort(byKind),
    );
    expect(options.reduce((sum, o) => sum + o.mentions, 0)).toBe(rows.reduce((sum, r) => sum + r.n, 0));

    const { agent: manager } = await signInAs(t, 'manager');
    await manager.get('/api/sources/platforms').expect(403);
  });

  it('demo honours a watch query: its term in every post it finds, its exclusions in none, but on our own pages', async () => {
    const { agent } = await signInAs(t, 'admin');
    await agent
      .patch(`/api/watch-queries/${await defaultQueryId()}`)
      .send({ enabled: false })
      .expect(200);
    const created = await agent
      .post('/api/watch-queries')
      .send({ name: 'Vice-Chancellor', phrases: ['Vice-Chancellor'], exclusions: ['TMA'] })
      .expect(201);
    await t.db.query(`DELETE FROM mentions`);
    await t.db.query(`DELETE FROM source_cursors`);
    await t.app.get(IngestService).runSource(await sourceId('demo'), { force: true, maxPages: 1000 });
    const texts = ((await t.db.query(`SELECT text FROM mentions WHERE NOT on_own_account`)) as { text: string }[]).map(
      (r) => r.text,
    );
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((text) => !/vice-chancellor/i.test(text))).toEqual([]);
    expect(texts.filter((text) => /tma/i.test(text))).toEqual([]);
    // Comments on our own pages count whatever the queries say, as from the real own-account sources.
    const ours = (await t.db.query(`SELECT text FROM mentions WHERE on_own_account`)) as { text: string }[];
    expect(ours.length).toBeGreaterThan(50);
    expect(ours.filter((r) => /tma/i.test(r.text)).length).toBeGreaterThan(0);
    await agent.patch(`/api/watch-queries/${created.body.id}`).send({ enabled: false }).expect(200);
    await agent
      .patch(`/api/watch-queries/${await defaultQueryId()}`)
      .send({ enabled: true })
      .expect(200);
  });

  const defaultQueryId = async () =>
    (
      (await t.db.query(`SELECT id::text AS id FROM watch_queries WHERE name = 'The Open University'`)) as {
        id: string;
      }[]
    )[0]!.id;
});

const byKind = (a: string, b: string) =>
  SOURCE_KINDS.indexOf(a as (typeof SOURCE_KINDS)[number]) - SOURCE_KINDS.indexOf(b as (typeof SOURCE_KINDS)[number]);

describe('watch queries: subreddits, feeds and a translation per platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());

  it('an admin adds a query with subreddits and feeds; every platform gets its translation', async () => {
    const { agent } = await signInAs(t, 'admin');
    const res = await agent
      .post('/api/watch-queries')
      .send({
        name: 'OU Law School',
        phrases: ['OU Law School'],
        handles: ['@OULaw'],
        hashtags: ['#OULaw'],
        exclusions: ['job advert'],
        language: 'en',
        subreddits: ['r/LawSchoolUK'],
        feeds: ['https://www.google.com/alerts/feeds/123/456'],
      })
      .expect(201);
    expect(res.body).toMatchObject({ handles: ['OULaw'], hashtags: ['OULaw'], subreddits: ['LawSchoolUK'] });
    const [row] = (await t.db.query(`SELECT subreddits, feeds FROM watch_queries WHERE name = 'OU Law School'`)) as {
      subreddits: string[];
      feeds: string[];
    }[];
    expect(row).toEqual({ subreddits: ['LawSchoolUK'], feeds: ['https://www.google.com/alerts/feeds/123/456'] });
    const searches = Object.fromEntries(
      (res.body.translations as { platform: string; searches: string[] }[]).map((tr) => [tr.platform, tr.searches]),
    );
    expect(searches).toEqual({
      x: ['("OU Law School" OR @OULaw OR #OULaw) -"job advert" -is:retweet lang:en'],
      bluesky: ['"OU Law School" (lang=en)', '#OULaw (lang=en)', '"@OULaw" (lang=en)'],
      mastodon: ['#OULaw', '#OULawSchool', 'search "OU Law School" (with MASTODON_TOKEN)'],
      reddit: ['search: ("OU Law School" OR OULaw) NOT "job advert"', 'r/LawSchoolUK/new'],
      youtube: ['videos: "OU Law School"|OULaw -"job advert"', 'comments on them: OU Law School'],
      rss: ['https://www.google.com/alerts/feeds/123/456'],
    });
    const listed = await agent.get('/api/watch-queries').expect(200);
    expect(listed.body.find((q: { name: string }) => q.name === 'OU Law School').translations).toHaveLength(6);
  });

  it('previews a draft without saving it, and says when X would refuse it', async () => {
    const { agent } = await signInAs(t, 'admin');
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM watch_queries`)) as { n: number }[];
    const preview = await agent
      .post('/api/watch-queries/preview')
      .send({ phrases: ['Milton Keynes campus'], hashtags: ['OUgrad'] })
      .expect(200);
    expect(preview.body[0]).toEqual({
      platform: 'x',
      searches: ['("Milton Keynes campus" OR #OUgrad) -is:retweet'],
      note: null,
      problem: null,
    });
    const long = Array.from(
      { length: 7 },
      (_, i) => `a long phrase about the university number ${i} ${'x'.repeat(50)}`,
    );
    const tooLong = await agent.post('/api/watch-queries/preview').send({ phrases: long }).expect(200);
    expect(tooLong.body[0].problem).toMatch(/at most 512/);
    const after = (await t.db.query(`SELECT count(*)::int AS n FROM watch_queries`)) as { n: number }[];
    expect(after).toEqual(before);
  });

  it('refuses with a 400 and no row: an empty query, a 600-character X query, a bad feed or subreddit', async () => {
    const { agent } = await signInAs(t, 'admin');
    const count = async () =>
      ((await t.db.query(`SELECT count(*)::int AS n FROM watch_queries`)) as { n: number }[])[0]!.n;
    const before = await count();
    const empty = await agent
      .post('/api/watch-queries')
      .send({ name: 'Empty', exclusions: ['x'] })
      .expect(400);
    expect(empty.body.message).toMatch(/at least one phrase, handle or hashtag/);

    const phrases = Array.from({ length: 8 }, (_, i) => `phrase ${i} ${'y'.repeat(62)}`);
    const long = await agent.post('/api/watch-queries').send({ name: 'Long', phrases }).expect(400);
    expect(long.body.message).toMatch(/X query would be \d{3} characters; X accepts at most 512/);

    const bad = await agent
      .post('/api/watch-queries')
      .send({ name: 'Bad feed', phrases: ['OU'], feeds: ['javascript:alert(1)'] })
      .expect(400);
    expect(JSON.stringify(bad.body.message)).toMatch(/feeds must be http\(s\) URLs/);
    await agent
      .post('/api/watch-queries')
      .send({ name: 'Bad sub', phrases: ['OU'], subreddits: ['not a subreddit!'] })
      .expect(400);
    expect(await count()).toBe(before);

    const [{ id }] = (await t.db.query(
      `SELECT id::text AS id FROM watch_queries WHERE name = 'The Open University'`,
    )) as [{ id: string }];
    await agent.patch(`/api/watch-queries/${id}`).send({ phrases }).expect(400);
    const [kept] = (await t.db.query(`SELECT phrases FROM watch_queries WHERE id = $1`, [id])) as {
      phrases: string[];
    }[];
    expect(kept!.phrases).toEqual(['Open University']);
  });
});
