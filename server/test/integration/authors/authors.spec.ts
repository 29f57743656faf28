import { AuthorsService } from '../../../src/authors/authors.service';
import { type SignedIn, signInAs } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

/**
 * Accounts (issue 16 §4–5) against the real database: the Author page for each role, the
 * watchlist raising new mentions, reports of an account, and the impersonation flag (policy 5.2).
 */
describe('authors', () => {
  let t: TestApp;
  let comms: SignedIn;
  let admin: SignedIn;
  let first: { id: string };

  beforeAll(async () => {
    t = await newTestApp({ env: { DEMO: 'off' } });
    comms = await signInAs(t, 'comms');
    admin = await signInAs(t, 'admin');
    first = await newMention(t, {
      platform: 'x',
      authorId: '4242',
      authorHandle: 'angry_k101',
      authorName: 'Angry K101',
      text: 'The OU is a disgrace, I will sue',
      postedAt: '2026-11-01T10:00:00Z',
      categories: [{ category: 'litigation', score: 0.9 }],
    });
    await newMention(t, {
      platform: 'x',
      authorId: '4242',
      authorHandle: 'angry_k101',
      authorName: 'Angry K101',
      text: 'Still waiting for my TMA result',
      postedAt: '2026-11-20T09:30:00Z',
      categories: [
        { category: 'disrepute', score: 0.7 },
        { category: 'litigation', score: 0.6 },
      ],
    });
    // The same id on another platform is another person.
    await newMention(t, { platform: 'mastodon', authorId: '4242', text: 'Someone else', authorHandle: 'other' });
    await comms.agent.post(`/api/mentions/${first.id}/notes`).send({ body: 'Known to Student Support' }).expect(201);
  }, 400_000);
  afterAll(async () => {
    await t.close();
  });

  it('a demo mention’s author has a page too: the demo is there to be explored', async () => {
    await newMention(t, {
      platform: 'bluesky',
      authorId: 'did:plc:demo1',
      authorHandle: 'demo.bsky.social',
      isDemo: true,
    });
    const res = await comms.agent.get('/api/authors/bluesky/did:plc:demo1').expect(200);
    expect(res.body).toMatchObject({ handle: 'demo.bsky.social', total: 1 });
    const byHandle = await comms.agent.get('/api/authors/bluesky/handle/demo.bsky.social').expect(200);
    expect(byHandle.body).toEqual({ platform: 'bluesky', authorId: 'did:plc:demo1' });
  });

  it('comms see one author across their mentions: counts by category, first and last seen, notes', async () => {
    const res = await comms.agent.get('/api/authors/x/4242').expect(200);
    expect(res.body).toMatchObject({
      platform: 'x',
      authorId: '4242',
      handle: 'angry_k101',
      displayName: 'Angry K101',
      total: 2,
      firstSeen: '2026-11-01T10:00:00.000Z',
      lastSeen: '2026-11-20T09:30:00.000Z',
      byCategory: [
        { category: 'litigation', count: 2 },
        { category: 'disrepute', count: 1 },
      ],
      watched: false,
      impersonation: null,
      detailed: true,
      reportUrl: 'https://x.com/i/user/4242',
    });
    expect(res.body.mentions.map((m: { text: string }) => m.text)).toEqual([
      'Still waiting for my TMA result',
      'The OU is a disgrace, I will sue',
    ]);
    expect(res.body.notes).toEqual([
      { mentionId: first.id, body: 'Known to Student Support', by: expect.any(String), at: expect.any(String) },
    ]);
  });

  it('managers see the counts but no handle, name, post or note; discipline officers see nothing', async () => {
    const manager = await signInAs(t, 'manager');
    const res = await manager.agent.get('/api/authors/x/4242').expect(200);
    expect(res.body).toMatchObject({ total: 2, authorId: null, handle: null, displayName: null, detailed: false });
    expect(res.body.mentions).toEqual([]);
    expect(res.body.notes).toEqual([]);
    expect(JSON.stringify(res.body)).not.toMatch(/angry|K101|4242|disgrace/i);
    const discipline = await signInAs(t, 'discipline');
    await discipline.agent.get('/api/authors/x/4242').expect(403);
    await manager.agent.put('/api/authors/x/4242/watch').send({}).expect(403);
  });

  it('answers an unknown author with 404 and a bad platform with 400', async () => {
    await comms.agent.get('/api/authors/x/999999').expect(404);
    const bad = await comms.agent.get('/api/authors/myspace/1').expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/platform must be one of/);
    await comms.agent.get(`/api/authors/x/${'9'.repeat(201)}`).expect(400);
  });

  it('a watched author: their new mentions are raised, earlier ones are not; one audit row each way', async () => {
    const watched = await comms.agent
      .put('/api/authors/x/4242/watch')
      .send({ reason: 'Threatened legal action twice' })
      .expect(200);
    expect(watched.body.watched).toBe(true);
    const fresh = await newMention(t, { platform: 'x', authorId: '4242', text: 'Third time lucky' });
    const other = await newMention(t, { platform: 'x', authorId: '5555', text: 'Not watched' });
    const rows = await t.db.query(
      `SELECT id::text, watched_author FROM mentions WHERE id = ANY($1::bigint[]) ORDER BY id`,
      [[first.id, fresh.id, other.id]],
    );
    expect(rows).toEqual([
      { id: first.id, watched_author: false },
      { id: fresh.id, watched_author: true },
      { id: other.id, watched_author: false },
    ]);
    await comms.agent.delete('/api/authors/x/4242/watch').expect(200);
    // Unwatching someone not watched changes nothing and writes no audit row.
    await comms.agent.delete('/api/authors/x/4242/watch').expect(200);
    const after = await newMention(t, { platform: 'x', authorId: '4242', text: 'After unwatching' });
    const [row] = await t.db.query(`SELECT watched_author FROM mentions WHERE id = $1`, [after.id]);
    expect(row.watched_author).toBe(false);
    const audit = await t.db.query(
      `SELECT a.action, a.target_id, a.details, t.body AS reason
         FROM audit_log a LEFT JOIN audit_texts t ON t.audit_id = a.id AND t.field = 'reason'
        WHERE a.target_type = 'author' ORDER BY a.id`,
    );
    // One target for both rows, a keyed hash rather than the author's id: an erasure cannot rewrite the log.
    expect(audit).toEqual([
      {
        action: 'author.watch',
        target_id: expect.stringMatching(/^[0-9a-f]{64}$/),
        details: expect.objectContaining({ platform: 'x' }),
        reason: 'Threatened legal action twice',
      },
      { action: 'author.unwatch', target_id: audit[0].target_id, details: { platform: 'x' }, reason: null },
    ]);
    expect(JSON.stringify(audit)).not.toContain('4242');
  });

  it('reporting an account records the reason (audited) and gives the platform page to report it on', async () => {
    await comms.agent.post('/api/authors/x/4242/reports').send({ reason: '  ' }).expect(400);
    const res = await comms.agent
      .post('/api/authors/x/4242/reports')
      .send({ reason: 'Harassing a tutor by name' })
      .expect(201);
    expect(res.body).toEqual({ id: expect.any(String), reportUrl: 'https://x.com/i/user/4242' });
    const [row] = await t.db.query(`SELECT platform, author_id, reason, reported_by_email FROM account_reports`);
    expect(row).toEqual({
      platform: 'x',
      author_id: '4242',
      reason: 'Harassing a tutor by name',
      reported_by_email: comms.user.email,
    });
    const [audit] = await t.db.query(
      `SELECT a.details, t.body AS reason FROM audit_log a JOIN audit_texts t ON t.audit_id = a.id
        WHERE a.action = 'author.report' AND t.field = 'reason'`,
    );
    expect(audit).toMatchObject({
      details: { platform: 'x', reportId: res.body.id },
      reason: 'Harassing a tutor by name',
    });
    const profile = (await comms.agent.get('/api/authors/x/4242').expect(200)).body;
    expect(profile.reports).toEqual([
      { id: res.body.id, reason: 'Harassing a tutor by name', by: expect.any(String), at: expect.any(String) },
    ]);
  });

  it('flags impersonation (5.2) on new mentions, not official accounts nor students who mention the OU', async () => {
    const fake = await newMention(t, { platform: 'x', authorId: '7001', authorHandle: 'OU_Admissions_Help' });
    const ousa = await newMention(t, {
      platform: 'x',
      authorId: '7002',
      authorHandle: 'k9',
      authorName: 'OUSA Support',
    });
    const official = await newMention(t, { platform: 'x', authorId: '7003', authorHandle: 'OUAdmissions' });
    const fan = await newMention(t, { platform: 'x', authorId: '7004', authorHandle: 'ou_fan' });
    const student = await newMention(t, { platform: 'x', authorId: '7005', authorName: 'Open University student' });
    await admin.agent.post('/api/official-accounts').send({ platform: 'x', handle: '@OUAdmissions' }).expect(201);
    await comms.agent.post('/api/official-accounts').send({ platform: 'x', handle: 'x' }).expect(403);
    await t.app.get(AuthorsService).flagImpersonation();
    const flags = await t.db.query(`SELECT id::text, impersonation FROM mentions WHERE id = ANY($1::bigint[])`, [
      [fake.id, ousa.id, official.id, fan.id, student.id],
    ]);
    const byId = Object.fromEntries(
      flags.map((r: { id: string; impersonation: string | null }) => [r.id, r.impersonation]),
    );
    expect(byId).toEqual({
      [fake.id]: 'OU',
      [ousa.id]: 'OUSA',
      [official.id]: null,
      [fan.id]: null,
      [student.id]: null,
    });
    const profile = (await comms.agent.get('/api/authors/x/7001').expect(200)).body;
    expect(profile.impersonation).toEqual({ policy: '5.2', presentsAs: 'OU', matched: 'OU_Admissions_Help' });

    // Taken off the official list, the account is read again and flagged.
    await admin.agent.delete('/api/official-accounts/x/ouadmissions').expect(204);
    await t.app.get(AuthorsService).flagImpersonation();
    const [again] = await t.db.query(`SELECT impersonation FROM mentions WHERE id = $1`, [official.id]);
    expect(again.impersonation).toBe('OU');
  });

  it("finds the author behind a handle (Trends' top authors link to the Author page)", async () => {
    const res = await comms.agent.get('/api/authors/x/handle/angry_k101').expect(200);
    expect(res.body).toEqual({ platform: 'x', authorId: '4242' });
    await comms.agent.get('/api/authors/x/handle/@angry_k101').expect(200);
    await comms.agent.get('/api/authors/x/handle/nobody_here').expect(404);
    await comms.agent.get('/api/authors/myspace/handle/angry_k101').expect(400);
    const manager = await signInAs(t, 'manager');
    await manager.agent.get('/api/authors/x/handle/angry_k101').expect(403);
  });
});
