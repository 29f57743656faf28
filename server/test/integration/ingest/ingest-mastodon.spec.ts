import { type FakeMastodonServer, startFakeMastodon } from '../../../tools/fakes/mastodon/fake-mastodon.server';
import { IngestService } from '../../../src/ingest/ingest.service';
import { PlatformDeletionsService } from '../../../src/privacy/platform-deletions.service';
import { ConnectorRegistry } from '../../../src/sources/connector-registry';
import { INGEST_CLI, spawnCompiled, waitFor } from '../../support/server-process';
import { newTestApp, type TestApp } from '../../support/test-app';
import { untilSourceLocksFree } from '../../support/ingest-locks';
import { ran } from '../../support/ingest-runs';

const INSTANCES = 'https://mastodon.example,https://fediscience.example';

async function mastodonSourceId(t: TestApp): Promise<string> {
  const [row] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'mastodon'`)) as { id: string }[];
  return row!.id;
}

const storedUris = async (t: TestApp): Promise<string[]> =>
  (
    (await t.db.query(`SELECT external_id FROM mentions WHERE platform = 'mastodon' ORDER BY external_id`)) as {
      external_id: string;
    }[]
  ).map((r) => r.external_id);

describe('ingesting from Mastodon (two instances, against the fake instance over HTTP)', () => {
  let fake: FakeMastodonServer;
  let t: TestApp;
  let ingest: IngestService;
  let sourceId: string;
  // The uris the fake has published so far, from the statuses it serves.
  const uris = async (): Promise<Map<string, string>> => {
    const byId = new Map<string, string>();
    let maxId: string | undefined;
    for (;;) {
      const page = (await (
        await fetch(`${fake.url}/api/v1/timelines/tag/OpenUniversity?limit=40${maxId ? `&max_id=${maxId}` : ''}`)
      ).json()) as { id: string; uri: string; account: { indexable: boolean } }[];
      if (page.length === 0) break;
      for (const s of page) if (s.account.indexable) byId.set(s.id, s.uri);
      maxId = page.at(-1)!.id;
    }
    fake.requests.length = 0;
    return byId;
  };
  const run = async () => ingest.runSource(sourceId, { force: true });

  beforeAll(async () => {
    fake = await startFakeMastodon({ posts: 100, optedOutEvery: 10 });
    t = await newTestApp({
      env: { MASTODON_URL: INSTANCES, MASTODON_BASE_URL: fake.url, DEMO: 'off', INGEST_BACKOFF_BASE_MS: '5' },
    });
    ingest = t.app.get(IngestService);
    sourceId = await mastodonSourceId(t);
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('first run: pages each instance’s #OpenUniversity timeline forward and stores each status once', async () => {
    const expected = await uris();
    expect(expected.size).toBe(90); // every tenth author opted out of discovery
    const outcome = ran(await run());
    expect(outcome.error).toBeNull();
    // Each instance serves the same 90 statuses: the second copy of each is a duplicate (same uri).
    expect(outcome).toMatchObject({ status: 'ok', fetched: 180, inserted: 90, duplicates: 90, quarantined: 0 });
    expect(await storedUris(t)).toEqual([...expected.values()].sort());

    // Three pages of at most 40 per instance, each asking for what is newer than the last page.
    expect(fake.requests.map((r) => r.path)).toEqual(Array(6).fill('/api/v1/timelines/tag/OpenUniversity'));
    expect(fake.requests.every((r) => r.query.get('limit') === '40')).toBe(true);
    const minIds = fake.requests.map((r) => r.query.get('min_id')!);
    // A first poll starts seven days back (a snowflake id of that time), then moves up page by page.
    const sevenDaysAgo = Number(BigInt(minIds[0]!) >> 16n);
    expect(Math.abs(sevenDaysAgo - (Date.now() - 7 * 86_400_000))).toBeLessThan(120_000);
    const fourth = Number(BigInt(minIds[3]!) >> 16n); // the second instance's first page
    expect(Math.abs(fourth - (Date.now() - 7 * 86_400_000))).toBeLessThan(120_000);
    expect(BigInt(minIds[1]!)).toBeGreaterThan(BigInt(minIds[0]!));

    const [mention] = await t.db.query(
      `SELECT author_handle, author_name, url, text, is_demo, lang, metrics FROM mentions WHERE external_id = $1`,
      [expected.get([...expected.keys()].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))[0]!)],
    );
    expect(mention).toMatchObject({
      author_handle: 'ou_learner@fediverse.example',
      author_name: 'ou learner',
      is_demo: false,
      lang: 'en',
    });
    expect(mention.url).toMatch(/^https:\/\/fediverse\.example\/@ou_learner\/\d+$/);
    // HTML became text; the shortened link is whole again, the hashtag keeps its text.
    expect(mention.text).toMatch(
      /^Just submitted my TMA for the Open University\. Fingers crossed! \(0\) #OpenUniversity\n\nMore: https:\/\/www\.open\.ac\.uk\/students\/results-0$/,
    );
    const [cursor] = (await t.db.query(`SELECT cursor FROM source_cursors WHERE source_id = $1`, [sourceId])) as {
      cursor: { high: Record<string, string>; at?: number };
    }[];
    // The newest status served, even one left out because its author opted out.
    const [latest] = (await (await fetch(`${fake.url}/api/v1/timelines/tag/OpenUniversity?limit=1`)).json()) as {
      id: string;
    }[];
    const newest = latest!.id;
    expect(cursor!.cursor).toEqual({
      high: {
        'https://mastodon.example tag:openuniversity': newest,
        'https://fediscience.example tag:openuniversity': newest,
      },
    });
  });

  it('a repeat pass stores nothing new; new statuses are stored once', async () => {
    expect(ran(await run())).toMatchObject({ status: 'ok', fetched: 0, inserted: 0, duplicates: 0 });
    fake.addPosts(5);
    expect(ran(await run())).toMatchObject({ status: 'ok', fetched: 10, inserted: 5, duplicates: 5 });
    expect(await storedUris(t)).toEqual([...(await uris()).values()].sort());
  });

  it('429: records retry_at from X-RateLimit-Reset, skips the source until then, and loses nothing', async () => {
    fake.addPosts(8); // statuses 105..112; 109's author opted out
    fake.set({ rateLimited: 1, resetInSeconds: 120 });
    const before = Date.now();
    const limited = ran(await run());
    expect(limited.status).toBe('rate_limited');
    expect(limited.retryAt!.getTime()).toBeGreaterThanOrEqual(before + 119_000);
    expect(limited.retryAt!.getTime()).toBeLessThanOrEqual(Date.now() + 121_000);
    const [source] = await t.db.query(`SELECT retry_at FROM sources WHERE id = $1`, [sourceId]);
    expect(source.retry_at.getTime()).toBe(limited.retryAt!.getTime());
    expect(await run()).toEqual({ sourceId, outcome: 'skipped', reason: 'rate_limited' });

    await t.db.query(`UPDATE sources SET retry_at = now() - interval '1 second' WHERE id = $1`, [sourceId]);
    expect(ran(await run())).toMatchObject({ status: 'ok', inserted: 7 });
    expect(await storedUris(t)).toEqual([...(await uris()).values()].sort());
  });

  it('5xx (an HTML error page): retries the same request with backoff and completes', async () => {
    fake.addPosts(3);
    await uris();
    fake.set({ failures: 2 });
    expect(ran(await run())).toMatchObject({ status: 'ok', inserted: 3 });
    const first = fake.requests.slice(0, 3).map((r) => `${r.path}?${r.query.toString()}`);
    expect(first).toHaveLength(3);
    expect(new Set(first).size).toBe(1);
  });

  it('a malformed status goes to quarantine and the rest of the page is stored', async () => {
    fake.set({ malformedEvery: 4 });
    // Statuses 116..123: 119 and 123 have no valid created_at (119's author also opted out, but a
    // status that cannot be read is quarantined whatever it says). Both instances serve each.
    fake.addPosts(8);
    const outcome = ran(await run());
    fake.set({ malformedEvery: undefined });
    expect(outcome).toMatchObject({ status: 'partial', fetched: 16, inserted: 6, duplicates: 6, quarantined: 4 });
    const quarantined = (await t.db.query(
      `SELECT DISTINCT external_id, error FROM quarantine WHERE platform = 'mastodon' AND run_id = $1`,
      [outcome.runId],
    )) as { external_id: string; error: string }[];
    expect(quarantined).toHaveLength(2);
    expect(quarantined.every((q) => q.error === 'missing or invalid created_at')).toBe(true);
    const stored = new Set(await storedUris(t));
    expect(quarantined.some((q) => stored.has(q.external_id))).toBe(false);
  });

  it('checkDeletions: a status deleted where it was posted answers 404 and is reported gone', async () => {
    const connector = t.app.get(ConnectorRegistry).find('mastodon')!;
    const [first, second] = [...(await uris()).entries()];
    fake.deleteIds([first![0]]);
    const check = await connector.checkDeletions!([first![1], second![1], 'https://misskey.example/notes/9x1']);
    expect(check).toEqual({ status: 'ok', gone: [first![1]] });
    expect(fake.requests.map((r) => r.path).sort()).toEqual(
      [`/api/v1/statuses/${first![0]}`, `/api/v1/statuses/${second![0]}`].sort(),
    );
    fake.set({ rateLimited: 1 });
    expect(await connector.checkDeletions!([second![1]])).toMatchObject({ status: 'rate_limited' });
    // One status at a time, 20 to a call: more is refused rather than cut short.
    expect(connector.deletionBatchSize).toBe(20);
    const many = [...(await uris()).values()].slice(0, 21);
    expect(await connector.checkDeletions!(many)).toMatchObject({ status: 'failed' });
    expect(fake.requests).toEqual([]);
  });

  it('the deletion job looks up every stored status, the 21st to 25th of a batch too', async () => {
    const idOfUri = new Map([...(await uris()).entries()].map(([id, uri]) => [uri, id]));
    const stored = (
      (await t.db.query(`SELECT external_id FROM mentions WHERE platform = 'mastodon' ORDER BY id`)) as {
        external_id: string;
      }[]
    ).map((r) => r.external_id);
    expect(stored.length).toBeGreaterThan(45);
    const deleted = stored.slice(20, 25);
    fake.deleteIds(deleted.map((uri) => idOfUri.get(uri)!));
    const [result] = await t.app.get(PlatformDeletionsService).runAll('mastodon');
    expect(result).toMatchObject({ platform: 'mastodon', status: 'ok', checked: stored.length });
    const left = new Set(await storedUris(t));
    expect(deleted.filter((uri) => left.has(uri))).toEqual([]);
    expect(stored.filter((uri) => !left.has(uri))).toEqual(expect.arrayContaining(deleted));
  });

  it('an instance down for good is noted once its retries are spent, and the other is still read', async () => {
    // Down for good (4 attempts each): each instance is noted and passed over, nothing is lost.
    fake.addPosts(2);
    fake.set({ failures: 8 });
    const noted = ran(await run());
    expect(noted).toMatchObject({ status: 'partial', inserted: 0, quarantined: 2 });
    const notes = (await t.db.query(
      `SELECT external_id, payload, error FROM quarantine WHERE run_id = $1 ORDER BY id`,
      [noted.runId],
    )) as { external_id: string | null; payload: { instance: string }; error: string }[];
    expect(notes.map((n) => n.payload.instance)).toEqual(['https://mastodon.example', 'https://fediscience.example']);
    expect(notes[0]!.error).toMatch(
      /^Mastodon mastodon\.example #OpenUniversity: an error page instead of JSON .*\(gave up after 4 attempts\)$/,
    );
    expect(ran(await run())).toMatchObject({ status: 'ok', inserted: 2 });
    expect(await storedUris(t)).toEqual([...(await uris()).values()].sort());
  });

  it('an instance that refuses us is noted at once, and the other is still read', async () => {
    fake.addPosts(2);
    await uris();
    fake.set({ forbidden: 1 });
    const outcome = ran(await run());
    // Refused (403) is final: asked once, not retried; the second instance serves the new statuses.
    expect(outcome).toMatchObject({ status: 'partial', quarantined: 1, duplicates: 0 });
    expect(fake.requests).toHaveLength(2);
    expect(await storedUris(t)).toEqual([...(await uris()).values()].sort());
    const [note] = (await t.db.query(`SELECT error FROM quarantine WHERE run_id = $1`, [outcome.runId])) as {
      error: string;
    }[];
    expect(note!.error).toBe('Mastodon mastodon.example #OpenUniversity: HTTP 403');
  });
});

describe('ingesting from Mastodon when the ingest CLI is killed mid-run', () => {
  let fake: FakeMastodonServer;
  let t: TestApp;
  const env = () => ({ MASTODON_URL: 'https://mastodon.example', MASTODON_BASE_URL: fake.url, DEMO: 'off' });

  beforeAll(async () => {
    fake = await startFakeMastodon({ posts: 0 });
    t = await newTestApp({ env: env() });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('resumes from the committed cursor: every status stored, each once', async () => {
    fake.addPosts(1000);
    fake.set({ delayMs: 150 }); // 25 pages of 40, slow enough to kill between them
    const cli = spawnCompiled(INGEST_CLI, ['--once', '--source', 'mastodon'], {
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
    const resumed = await t.app.get(IngestService).runSource(await mastodonSourceId(t), { force: true });
    expect(resumed).toMatchObject({ outcome: 'ran', status: 'ok', duplicates: 0 });
    const stored = await storedUris(t);
    expect(stored).toHaveLength(1000);
    expect(new Set(stored).size).toBe(1000);
    // The resumed run began at the last page the killed one committed, not seven days back.
    const minId = fake.requests[resumedFrom]!.query.get('min_id')!;
    expect(Number(BigInt(minId) >> 16n)).toBeGreaterThan(Date.now() - 3_600_000);
  }, 180_000);
});

describe('ingesting from a server whose status ids do not carry their time (GoToSocial, Pleroma)', () => {
  let fake: FakeMastodonServer;
  let t: TestApp;

  beforeAll(async () => {
    fake = await startFakeMastodon({ posts: 30, serialIds: true });
    t = await newTestApp({
      env: { MASTODON_URL: 'https://gts.example', MASTODON_BASE_URL: fake.url, DEMO: 'off' },
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('the week-old snowflake finds nothing; the next run reads the newest page, then goes forward', async () => {
    const run = async () => ran(await t.app.get(IngestService).runSource(await mastodonSourceId(t), { force: true }));
    expect(await run()).toMatchObject({ status: 'ok', inserted: 0 });
    expect(fake.requests.at(-1)!.query.get('min_id')).toMatch(/^\d{17,}$/);

    fake.requests.length = 0;
    expect(await run()).toMatchObject({ status: 'ok', inserted: 30, duplicates: 0 });
    expect(fake.requests.map((r) => r.query.get('min_id'))).toEqual([null]);
    expect(await storedUris(t)).toHaveLength(30);

    fake.addPosts(3);
    fake.requests.length = 0;
    expect(await run()).toMatchObject({ status: 'ok', inserted: 3, duplicates: 0 });
    expect(fake.requests[0]!.query.get('min_id')).toBe('30');
    expect(await storedUris(t)).toHaveLength(33);
  });
});
