import { IngestService } from '../../../src/ingest/ingest.service';
import { type FakeGraphServer, startFakeGraph } from '../../../tools/fakes/graph/fake-graph.server';
import { signInAs } from '../../support/auth';
import { newTestApp, type TestApp } from '../../support/test-app';
import { ran } from '../../support/ingest-runs';

type WalkCursor = { high?: string; walk?: { parents: { id: string }[] } };

/**
 * A post of ours that the walk has queued is deleted or hidden before its comments are read: Graph
 * then refuses its comments edge for good. The walk notes the post in the quarantine and goes on
 * with the other posts, instead of stopping on it at every run.
 */
describe("the OU's own accounts: a post deleted or hidden in the middle of the walk", () => {
  let fake: FakeGraphServer;
  let t: TestApp;
  let ingest: IngestService;
  let facebookSource: string;
  let instagramSource: string;

  const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
  const cursorOf = async (sourceId: string): Promise<WalkCursor> => {
    const [row] = (await t.db.query(`SELECT cursor FROM source_cursors WHERE source_id = $1`, [sourceId])) as {
      cursor: WalkCursor;
    }[];
    return row!.cursor;
  };
  const quarantineOf = async (sourceId: string) =>
    (await t.db.query(
      `SELECT external_id, payload->'parentPost'->>'id' AS post_id, error FROM quarantine WHERE source_id = $1`,
      [sourceId],
    )) as { external_id: string | null; post_id: string | null; error: string }[];
  const storedTexts = async (platform: string) =>
    (
      (await t.db.query(`SELECT text FROM mentions WHERE platform = $1 ORDER BY text`, [platform])) as {
        text: string;
      }[]
    ).map((r) => r.text);
  const commentCalls = (postId: string) => fake.requests.filter((r) => r.path === `/${postId}/comments`).length;
  /** One page only: the walk lists our posts and queues them, and reads no comments yet. */
  const queuePosts = async (sourceId: string) => {
    expect(ran(await ingest.runSource(sourceId, { force: true, maxPages: 1 }))).toMatchObject({
      status: 'ok',
      inserted: 0,
    });
  };

  beforeAll(async () => {
    fake = await startFakeGraph();
    t = await newTestApp({
      env: {
        DEMO: 'off',
        ...fake.env(),
        INGEST_BACKOFF_BASE_MS: '5',
      },
    });
    ingest = t.app.get(IngestService);
    const admin = await signInAs(t, 'admin');
    facebookSource = (
      await admin.agent.post('/api/sources').send({ kind: 'facebook', name: 'OU Facebook Page' }).expect(201)
    ).body.id;
    instagramSource = (
      await admin.agent.post('/api/sources').send({ kind: 'instagram', name: 'OU Instagram' }).expect(201)
    ).body.id;
  }, 400_000);
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('Facebook: a post that no longer exists (code 100/33) is quarantined, the walk goes on, and it is not asked for again', async () => {
    const gone = fake.addFacebookPost('Open day this Saturday', hoursAgo(1));
    const before = fake.addFacebookPost('New modules for October', hoursAgo(2));
    const after = fake.addFacebookPost('Library hours over Easter', hoursAgo(3));
    fake.addFacebookComment(gone, { message: 'Will there be parking?' });
    fake.addFacebookComment(before, { message: 'Is there a Welsh module?' });
    fake.addFacebookComment(after, { message: 'Thanks for letting us know' });

    await queuePosts(facebookSource);
    expect((await cursorOf(facebookSource)).walk!.parents.map((p) => p.id)).toEqual([gone, before, after]);
    fake.removePost(gone);

    const outcome = ran(await ingest.runSource(facebookSource, { force: true }));
    expect(outcome).toMatchObject({ status: 'partial', inserted: 2, quarantined: 1, error: null });
    expect(await storedTexts('facebook')).toEqual(['Is there a Welsh module?', 'Thanks for letting us know']);
    const [note] = await quarantineOf(facebookSource);
    expect(note).toEqual({
      external_id: null,
      post_id: gone,
      error: expect.stringMatching(new RegExp(`^our post ${gone} can no longer be read.*\\(code 100/33\\)`)) as string,
    });
    const cursor = await cursorOf(facebookSource);
    expect(cursor.walk).toBeUndefined();
    expect(typeof cursor.high).toBe('string');
    expect(commentCalls(gone)).toBe(1);

    const again = ran(await ingest.runSource(facebookSource, { force: true }));
    expect(again).toMatchObject({ status: 'ok', inserted: 0, quarantined: 0 });
    expect(commentCalls(gone)).toBe(1);
    expect(commentCalls(before)).toBe(2);
  });

  it('Instagram: media no longer readable (HTTP 403, code 10) is quarantined and the walk goes on', async () => {
    const hidden = fake.addInstagramMedia('Congratulations graduates', hoursAgo(1));
    const kept = fake.addInstagramMedia('Meet our new Vice-Chancellor', hoursAgo(2));
    fake.addInstagramComment(hidden, { message: 'Well done all' });
    fake.addInstagramComment(kept, { message: 'Welcome!' });

    await queuePosts(instagramSource);
    fake.removePost(hidden, 'forbidden');

    const outcome = ran(await ingest.runSource(instagramSource, { force: true }));
    expect(outcome).toMatchObject({ status: 'partial', inserted: 1, quarantined: 1 });
    expect(await storedTexts('instagram')).toEqual(['Welcome!']);
    expect(await quarantineOf(instagramSource)).toEqual([
      {
        external_id: null,
        post_id: hidden,
        error: expect.stringMatching(/HTTP 403 \(code 10\)/) as string,
      },
    ]);
    expect((await cursorOf(instagramSource)).walk).toBeUndefined();
  });

  it('a post that Graph cannot answer for now (HTTP 500) still holds the walk, to be read on a later run', async () => {
    const post = fake.addFacebookPost('Exam timetable published', hoursAgo(0.5));
    fake.addFacebookComment(post, { message: 'Mine clashes with work' });
    await queuePosts(facebookSource);
    fake.set({ failReads: 100 });
    const failed = ran(await ingest.runSource(facebookSource, { force: true }));
    fake.set({ failReads: 0 });
    expect(failed).toMatchObject({ status: 'failed', quarantined: 0 });
    expect((await cursorOf(facebookSource)).walk!.parents[0]!.id).toBe(post);

    const recovered = ran(await ingest.runSource(facebookSource, { force: true }));
    expect(recovered).toMatchObject({ status: 'ok', inserted: 1 });
    expect(await storedTexts('facebook')).toContain('Mine clashes with work');
  });
});
