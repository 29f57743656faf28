import { IngestService } from '../../../src/ingest/ingest.service';
import { FacebookConnector } from '../../../src/sources/facebook/facebook.connector';
import { InstagramConnector } from '../../../src/sources/instagram/instagram.connector';
import type { PlatformModerator } from '../../../src/sources/platform-moderation.types';
import { XRepliesConnector } from '../../../src/sources/x/x-replies.connector';
import { YoutubeChannelConnector } from '../../../src/sources/youtube/youtube-channel.connector';
import { type FakeGraphServer, startFakeGraph } from '../../../tools/fakes/graph/fake-graph.server';
import { type SignedIn, signInAs } from '../../support/auth';
import { ran } from '../../support/ingest-runs';
import { newTestApp, type TestApp } from '../../support/test-app';

const MODERATION_CALLS = ['setHidden', 'reply', 'setBlocked', 'findReply'] as const;

/**
 * The demo source's comments on the OU's own pages, on a server whose Facebook Page and Instagram
 * account are configured (against a fake Graph API): replying, hiding and blocking on a demo comment
 * are settled by the demo stand-in, done at once, and never reach a platform; a real comment on
 * the same server still goes to Facebook.
 */
describe("the demo's comments on our own pages", () => {
  let fake: FakeGraphServer;
  let t: TestApp;
  let comms: SignedIn;
  let fetches: jest.SpiedFunction<typeof fetch>;
  /** the real moderators' calls, as "Facebook.reply" */
  let realCalls: () => string[];

  type Row = { id: string; version: number; url: string; author_name: string | null; author_handle: string | null };
  const demoComment = async (platform: string, skip = 0): Promise<Row> => {
    const [row] = (await t.db.query(
      `SELECT id::text AS id, version, url, author_name, author_handle FROM mentions
        WHERE is_demo AND on_own_account AND platform = $1 ORDER BY id OFFSET $2 LIMIT 1`,
      [platform, skip],
    )) as Row[];
    if (!row) throw new Error(`no demo comment on our ${platform} account`);
    return row;
  };
  const versionOf = async (id: string): Promise<number> =>
    ((await t.db.query(`SELECT version FROM mentions WHERE id = $1`, [id])) as { version: number }[])[0]!.version;
  const detail = async (id: string) => (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body;
  const nothingSent = () => ({ realCalls: realCalls(), fetches: fetches.mock.calls.length, graph: fake.requests });

  beforeAll(async () => {
    fake = await startFakeGraph();
    t = await newTestApp({
      env: {
        DEMO: 'on',
        ...fake.env(),
      },
    });
    comms = await signInAs(t, 'comms');
    const [demo] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'demo'`)) as { id: string }[];
    ran(await t.app.get(IngestService).runSource(demo!.id, { force: true, maxPages: 2 }));

    const real: PlatformModerator[] = [
      FacebookConnector,
      InstagramConnector,
      YoutubeChannelConnector,
      XRepliesConnector,
    ].map((connector) => t.app.get<PlatformModerator>(connector));
    // Spies that only watch: each call still goes through to the real connector.
    const spies = real.flatMap((moderator) =>
      MODERATION_CALLS.map((call) => ({ name: `${moderator.label}.${call}`, spy: jest.spyOn(moderator, call) })),
    );
    realCalls = () => spies.filter((s) => s.spy.mock.calls.length > 0).map((s) => s.name);
    fetches = jest.spyOn(globalThis, 'fetch');
  }, 400_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
    await fake?.close();
  });

  it('come from the demo source on our Facebook, Instagram and YouTube accounts, labelled demo', async () => {
    const counts = (await t.db.query(
      `SELECT platform, count(*)::int AS n FROM mentions WHERE on_own_account GROUP BY platform ORDER BY platform`,
    )) as { platform: string; n: number }[];
    expect(counts.map((c) => c.platform)).toEqual(['facebook', 'instagram', 'youtube']);
    const [{ all }] = await t.db.query(`SELECT count(*)::int AS all FROM mentions`);
    expect(counts.reduce((sum, c) => sum + c.n, 0) / all).toBeGreaterThan(0.04);

    const { id } = await demoComment('facebook');
    const shown = await detail(id);
    expect(shown).toMatchObject({ isDemo: true, onOwnAccount: true, platformHidden: false, platformActions: [] });
    expect(shown.ownContext.parentPost.text.length).toBeGreaterThan(20);
    expect(shown.platformOptions).toEqual({
      platformLabel: 'Facebook (demo)',
      hide: { offered: true },
      reply: { offered: true },
      block: { offered: true },
      authorBlocked: false,
    });
  });

  it('a reply is done at once, marks the mention responded, and reaches no platform', async () => {
    const { id, version, url } = await demoComment('facebook');
    const text = 'Thanks for asking. Our Student Support Team can help: please message us your PI number.';
    const replied = await comms.agent.post(`/api/mentions/${id}/reply`).send({ text, version }).expect(200);
    expect(replied.body.latestMark).toMatchObject({ mark: 'responded' });

    const shown = await detail(id);
    expect(shown.platformActions).toEqual([
      expect.objectContaining({ kind: 'reply', status: 'done', attempts: 1, text, resultUrl: url, lastError: null }),
    ]);
    expect(shown.marks.at(-1)).toMatchObject({ mark: 'responded', note: `Replied on Facebook (demo): ${text}` });
    const [action] = await t.db.query(`SELECT answer, result_id FROM platform_actions WHERE mention_id = $1`, [id]);
    expect(action.answer).toMatchObject({ demo: true });
    expect(action.result_id).toMatch(/^demo-reply-/);
    const [audit] = await t.db.query(
      `SELECT audit_details_read(id, details) AS details FROM audit_log WHERE action = 'platform.reply' AND target_id = $1`,
      [id],
    );
    expect(audit.details).toMatchObject({ platform: 'facebook', demo: true, outcome: 'done' });
    // The history the detail shows says it was a demo, for the reply as for the platform's part.
    expect(shown.history.find((h: { action: string }) => h.action === 'mention.reply').details).toMatchObject({
      demo: true,
    });
    expect(nothingSent()).toEqual({ realCalls: [], fetches: 0, graph: [] });

    // The admin's audit log and its export say the same, not "Reply sent to the platform".
    const admin = await signInAs(t, 'admin');
    const csv = (await admin.agent.get('/api/audit/export.csv?action=platform.reply').expect(200)).text;
    const row = csv.split('\r\n').find((line) => line.includes(`,${id},`));
    expect(row).toContain('Reply recorded as if sent (demo: no platform was contacted)');
  });

  it('"Hide here and on Facebook (demo)" hides it there at once; unhiding reverses it', async () => {
    const { id, version } = await demoComment('facebook', 1);
    const hidden = await comms.agent
      .post(`/api/mentions/${id}/hide`)
      .send({ reason: 'Abusive towards staff', version, onPlatform: true })
      .expect(200);
    expect(hidden.body).toMatchObject({ hidden: true, platformHidden: true });
    const unhidden = await comms.agent
      .post(`/api/mentions/${id}/unhide`)
      .send({ version: hidden.body.version })
      .expect(200);
    expect(unhidden.body).toMatchObject({ hidden: false, platformHidden: false });
    expect((await detail(id)).platformActions.map((a: { kind: string; status: string }) => [a.kind, a.status])).toEqual(
      [
        ['hide', 'done'],
        ['unhide', 'done'],
      ],
    );
    expect(nothingSent()).toEqual({ realCalls: [], fetches: 0, graph: [] });
  });

  it('the author is blocked and unblocked on Facebook; Instagram and YouTube refuse what their APIs refuse', async () => {
    const { id } = await demoComment('facebook', 1);
    expect((await detail(id)).platformOptions).toMatchObject({
      platformLabel: 'Facebook (demo)',
      block: { offered: true },
    });
    const blocked = await comms.agent
      .post(`/api/mentions/${id}/block-author`)
      .send({ reason: 'Repeated abuse of staff' })
      .expect(200);
    expect(blocked.body.platformOptions.authorBlocked).toBe(true);
    // The reason typed for the block is kept with it, where the history shows it.
    expect(blocked.body.history.find((h: { action: string }) => h.action === 'platform.block').details).toMatchObject({
      demo: true,
      reason: 'Repeated abuse of staff',
    });
    const unblocked = await comms.agent.post(`/api/mentions/${id}/unblock-author`).expect(200);
    expect(unblocked.body.platformOptions.authorBlocked).toBe(false);
    const onTheAuthor = unblocked.body.platformActions.filter((a: { kind: string }) => a.kind.endsWith('block'));
    expect(onTheAuthor.map((a: { kind: string; status: string }) => [a.kind, a.status])).toEqual([
      ['block', 'done'],
      ['unblock', 'done'],
    ]);

    // The demo teaches what the platforms allow: Instagram's API has no block, as on a real comment.
    const instagram = await demoComment('instagram');
    const refusal = t.app.get(InstagramConnector).blockRefusal;
    expect(refusal).toEqual(expect.any(String));
    expect((await detail(instagram.id)).platformOptions.block).toEqual({ offered: false, reason: refusal });
    await comms.agent.post(`/api/mentions/${instagram.id}/block-author`).send({ reason: 'abuse' }).expect(422);

    // YouTube bans through the API but cannot lift a ban: the demo says where to do it instead.
    const youtube = await demoComment('youtube', 1);
    await comms.agent.post(`/api/mentions/${youtube.id}/block-author`).send({ reason: 'spam' }).expect(200);
    const lift = await comms.agent.post(`/api/mentions/${youtube.id}/unblock-author`).expect(422);
    expect(lift.body.message).toContain('YouTube Studio');
    expect(nothingSent()).toEqual({ realCalls: [], fetches: 0, graph: [] });
  });

  it('a YouTube comment can be answered though no YouTube channel is configured here', async () => {
    const { id } = await demoComment('youtube');
    const text = 'Thanks for watching! The ceremony recording stays up on the channel.';
    await comms.agent
      .post(`/api/mentions/${id}/reply`)
      .send({ text, version: await versionOf(id) })
      .expect(200);
    const shown = await detail(id);
    expect(shown.platformOptions.platformLabel).toBe('YouTube (demo)');
    expect(shown.platformActions).toEqual([expect.objectContaining({ kind: 'reply', status: 'done', text })]);
    const statuses = await t.db.query(`SELECT DISTINCT status FROM platform_actions`);
    expect(statuses).toEqual([{ status: 'done' }]);
    expect(nothingSent()).toEqual({ realCalls: [], fetches: 0, graph: [] });
  });

  it('a real comment on our Facebook Page, on the same server, still goes to Facebook', async () => {
    const admin = await signInAs(t, 'admin');
    const source = (
      await admin.agent.post('/api/sources').send({ kind: 'facebook', name: 'OU Facebook Page' }).expect(201)
    ).body.id as string;
    const post = fake.addFacebookPost(
      'Results day is on Friday. Good luck everyone!',
      new Date(Date.now() - 3_600_000),
    );
    const comment = fake.addFacebookComment(post, { message: 'Abuse', fromId: '555001', fromName: 'Real Person' });
    ran(await t.app.get(IngestService).runSource(source, { force: true }));
    const [real] = (await t.db.query(
      `SELECT id::text AS id, version, is_demo FROM mentions WHERE platform = 'facebook' AND external_id = $1`,
      [comment],
    )) as { id: string; version: number; is_demo: boolean }[];
    expect(real!.is_demo).toBe(false);
    expect((await detail(real!.id)).platformOptions.platformLabel).toBe('Facebook');
    await comms.agent
      .post(`/api/mentions/${real!.id}/hide`)
      .send({ reason: 'Abusive', version: real!.version, onPlatform: true })
      .expect(200);
    expect(fake.isHidden(comment)).toBe(true);
    expect(realCalls()).toEqual(['Facebook.setHidden']);
  });
});
