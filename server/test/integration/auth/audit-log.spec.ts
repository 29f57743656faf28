import { spawnSync } from 'node:child_process';
import { AuditRepository } from '../../../src/audit/audit.repository';
import { AuditService } from '../../../src/audit/audit.service';
import { verifyChain } from '../../../src/audit/verify-chain';
import { createUser, signIn, TEST_PASSWORD } from '../../support/auth';
import { REPO_ROOT } from '../../support/server-process';
import { newTestApp, type TestApp } from '../../support/test-app';

describe('the audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());

  const actions = async (): Promise<string[]> =>
    (await t.db.query(`SELECT action FROM audit_log ORDER BY id`)).map((r: { action: string }) => r.action);

  it('records sign-in success and failure, sign-out and user changes, with actor, target and ip', async () => {
    const before = (await actions()).length;
    const admin = await createUser(t, 'admin');
    const agent = await signIn(t, admin);
    await t.http.post('/api/auth/login').send({ email: admin.email, password: 'wrong password!' }).expect(401);
    const created = await agent
      .post('/api/users')
      .send({ email: 'audited@open.ac.uk', displayName: 'Audited', role: 'comms' })
      .expect(201);
    await agent.patch(`/api/users/${created.body.user.id}`).send({ role: 'manager' }).expect(200);
    await agent.post('/api/auth/logout').expect(204);

    expect((await actions()).slice(before)).toEqual([
      'user.create', // createUser in the test set-up
      'auth.login',
      'auth.login_failed',
      'user.create',
      'user.update',
      'auth.logout',
    ]);
    const [update] = await t.db.query(`SELECT * FROM audit_log WHERE action = 'user.update'`);
    expect(update).toMatchObject({ actor_id: admin.id, actor_email: admin.email, target_type: 'user' });
    expect(update.target_id).toBe(created.body.user.id);
    expect(update.details).toMatchObject({ before: { role: 'comms' }, after: { role: 'manager' } });
    expect(update.ip).toMatch(/127\.0\.0\.1/);
    expect(update.at).toBeInstanceOf(Date);
  });

  it('never records a password', async () => {
    const rows = await t.db.query(`SELECT details::text AS d FROM audit_log`);
    for (const row of rows) expect(row.d).not.toContain(TEST_PASSWORD);
  });

  it('chains every row by SHA-256 so the chain verifies, across pages and past id 10', async () => {
    for (let i = 0; i < 12; i += 1) await t.app.get(AuditService).record({ action: 'test.filler', details: { i } });
    const ids = (await t.db.query(`SELECT id::int FROM audit_log ORDER BY id`)).map((r: { id: number }) => r.id);
    const walked: number[] = [];
    for await (const row of t.app.get(AuditRepository).inOrder(5)) walked.push(Number(row.id));
    expect(walked).toEqual(ids);
    const verdict = await verifyChain(t.app.get(AuditRepository).inOrder(2));
    expect(verdict).toEqual({ ok: true, rows: expect.any(Number) });
  });

  it('lists rows for admins, newest first, filtered and paginated', async () => {
    const admin = await signIn(t, await createUser(t, 'admin'));
    const failed = await admin.get('/api/audit?action=auth.login_failed').expect(200);
    expect(failed.body.items.map((r: { action: string }) => r.action)).toEqual(['auth.login_failed']);

    const page1 = await admin.get('/api/audit?limit=2').expect(200);
    expect(page1.body.items).toHaveLength(2);
    expect(Number(page1.body.items[0].id)).toBeGreaterThan(Number(page1.body.items[1].id));
    const page2 = await admin.get(`/api/audit?limit=2&cursor=${page1.body.nextCursor}`).expect(200);
    expect(Number(page2.body.items[0].id)).toBeLessThan(Number(page1.body.items[1].id));

    const future = await admin.get(`/api/audit?from=${new Date(Date.now() + 86_400_000).toISOString()}`).expect(200);
    expect(future.body).toEqual({ items: [], nextCursor: null });
    const bad = await admin.get('/api/audit?from=yesterday').expect(400);
    expect(bad.body.message).toEqual(['from must be a date (ISO 8601)']);
  });

  it('npm run audit:verify passes, then names the first row someone altered', async () => {
    const env = { ...process.env, DATABASE_URL: t.databaseUrl };
    const entry = `${REPO_ROOT}/server/dist/server/src/cli/audit-verify.js`;
    const ok = spawnSync(process.execPath, [entry], { env, encoding: 'utf8' });
    expect(ok.stdout).toMatch(/Audit chain intact: \d+ rows verified/);
    expect(ok.status).toBe(0);

    const [victim] = await t.db.query(`SELECT id FROM audit_log WHERE action = 'user.update'`);
    // Only a superuser can switch the trigger off: this is the tampering the chain must reveal.
    await t.db.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete`);
    await t.db.query(`UPDATE audit_log SET details = '{"after":{"role":"admin"}}' WHERE id = $1`, [victim.id]);
    await t.db.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete`);

    const broken = spawnSync(process.execPath, [entry], { env, encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`Audit chain broken at row ${victim.id}: its content does not match its hash`);
  });
});
