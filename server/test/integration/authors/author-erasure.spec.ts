import { type SignedIn, signInAs } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

/**
 * Erasing an author (data protection) also deletes what the accounts feature holds about them:
 * their watchlist entry and the reports of their account to the platform. Another author's rows,
 * and the same id on another platform, stay.
 */
describe('erasing an author clears the watchlist and account reports', () => {
  let t: TestApp;
  let comms: SignedIn;
  let admin: SignedIn;

  const rowsFor = async (platform: string, authorId: string) => {
    const [row] = (await t.db.query(
      `SELECT (SELECT count(*)::int FROM author_watchlist WHERE platform = $1 AND author_id = $2) AS watch,
              (SELECT count(*)::int FROM account_reports WHERE platform = $1 AND author_id = $2) AS reports`,
      [platform, authorId],
    )) as { watch: number; reports: number }[];
    return row!;
  };

  beforeAll(async () => {
    t = await newTestApp({ env: { DEMO: 'off' } });
    comms = await signInAs(t, 'comms');
    admin = await signInAs(t, 'admin');
    for (const [platform, authorId, handle] of [
      ['x', '7001', 'troll_k101'],
      ['x', '7002', 'other_student'],
      ['mastodon', '7001', 'someone_else'],
    ] as const) {
      await newMention(t, { platform, authorId, authorHandle: handle, text: 'The OU is a disgrace' });
      await comms.agent
        .put(`/api/authors/${platform}/${authorId}/watch`)
        .send({ reason: `watching ${handle}` })
        .expect(200);
      await comms.agent
        .post(`/api/authors/${platform}/${authorId}/reports`)
        .send({ reason: `harassment by ${handle}` })
        .expect(201);
    }
    await comms.agent.post('/api/authors/x/7001/reports').send({ reason: 'again' }).expect(201);
  }, 400_000);
  afterAll(async () => {
    await t.close();
  });

  it('deletes their watchlist entry and every report of their account, and says how many', async () => {
    expect(await rowsFor('x', '7001')).toEqual({ watch: 1, reports: 2 });
    const res = await admin.agent
      .post('/api/privacy/erasures/author')
      .send({ platform: 'x', authorId: '7001' })
      .expect(200);
    expect(res.body).toMatchObject({ mentions: 1, accountRecords: 3 });
    expect(await rowsFor('x', '7001')).toEqual({ watch: 0, reports: 0 });
    const [audit] = (await t.db.query(
      `SELECT details FROM audit_log WHERE action = 'privacy.erase_author' ORDER BY id DESC LIMIT 1`,
    )) as { details: Record<string, unknown> }[];
    expect(audit!.details).toMatchObject({ accountRecords: 3 });
  });

  it("leaves other authors' rows, and the same id on another platform", async () => {
    expect(await rowsFor('x', '7002')).toEqual({ watch: 1, reports: 1 });
    expect(await rowsFor('mastodon', '7001')).toEqual({ watch: 1, reports: 1 });
  });

  it('the erased author no longer has an Author page', async () => {
    await comms.agent.get('/api/authors/x/7001').expect(404);
  });
});
