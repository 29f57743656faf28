import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { chainHash } from '../../../src/audit/audit-chain';
import { AUDIT_KEY } from '../../../src/audit/audit-key';
import type { AuditRow } from '../../../src/audit/audit.types';
import { AuditRepository } from '../../../src/audit/audit.repository';
import { AuditService } from '../../../src/audit/audit.service';
import { verifyChain } from '../../../src/audit/verify-chain';
import { createUser, signIn, TEST_PASSWORD } from '../../support/auth';
import { REPO_ROOT } from '../../support/server-process';
import { newTestApp, type TestApp } from '../../support/test-app';

/**
 * What someone holding the database's owner login can do: switch the append-only triggers off for
 * one session (values are inlined: a multi-statement query takes no parameters).
 */
const tamper = (t: TestApp, sql: string) => t.asOwner(`SET session_replication_role = replica; ${sql}`);

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

  it('chains every row by HMAC-SHA-256 so the chain verifies, across pages and past id 10', async () => {
    for (let i = 0; i < 12; i += 1) await t.app.get(AuditService).record({ action: 'test.filler', details: { i } });
    const ids = (await t.db.query(`SELECT id::int FROM audit_log ORDER BY id`)).map((r: { id: number }) => r.id);
    const walked: number[] = [];
    for await (const row of t.app.get(AuditRepository).inOrder(5)) walked.push(Number(row.id));
    expect(walked).toEqual(ids);
    const verdict = await verifyChain(t.app.get(AuditRepository).inOrder(2), auditKey());
    expect(verdict).toEqual({ ok: true, rows: expect.any(Number), checkpointChecked: false });
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

  const auditKey = () => t.app.get<Buffer>(AUDIT_KEY);
  const verifyCli = () =>
    spawnSync(process.execPath, [`${REPO_ROOT}/server/dist/server/src/cli/audit-verify.js`], {
      env: { ...process.env, ...t.env },
      encoding: 'utf8',
    });

  it('npm run audit:verify passes and signs a checkpoint, then exits 1 naming the first row someone altered', async () => {
    const ok = verifyCli();
    expect(ok.stdout).toMatch(/Audit chain intact: \d+ rows verified/);
    expect(ok.status).toBe(0);
    expect(readFileSync(t.env.AUDIT_CHECKPOINT_FILE!, 'utf8').trim().split('\n').length).toBeGreaterThan(0);

    const [victim] = await t.db.query(`SELECT id FROM audit_log WHERE action = 'user.update'`);
    // Only the table's owner can switch the trigger off: this is the tampering the chain must reveal.
    await tamper(t, `UPDATE audit_log SET details = '{"after":{"role":"admin"}}' WHERE id = ${Number(victim.id)}`);

    const broken = verifyCli();
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`Audit chain broken at row ${victim.id}: its content does not match its hash`);
  });
});

/** Issue 12 §3: whoever holds the database, even as its owner, cannot rewrite the log unseen. */
describe('the audit log against someone who holds the database but not the key', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await newTestApp();
    const admin = await signIn(t, await createUser(t, 'admin'));
    for (const role of ['comms', 'manager', 'discipline'] as const) {
      const created = await admin
        .post('/api/users')
        .send({ email: `${role}.${Date.now()}@open.ac.uk`, displayName: role, role })
        .expect(201);
      await admin
        .patch(`/api/users/${created.body.user.id}`)
        .send({ displayName: `${role} renamed` })
        .expect(200);
    }
  });
  afterEach(() => t.close());

  const verify = () => {
    const result = spawnSync(process.execPath, [`${REPO_ROOT}/server/dist/server/src/cli/audit-verify.js`], {
      env: { ...process.env, ...t.env },
      encoding: 'utf8',
    });
    return { status: result.status, out: `${result.stdout}${result.stderr}` };
  };
  it('catches a forged role change whose chain was recomputed without the key, plus three rows cut from the end', async () => {
    expect(verify().status).toBe(0); // signs a checkpoint of the honest log
    const rows: AuditRow[] = [];
    for await (const row of t.app.get(AuditRepository).inOrder()) rows.push(row);
    const forged = rows.find((r) => r.action === 'user.create')!;
    // The attacker's rewrite: the role changed, every later hash recomputed by plain SHA-256 (no key),
    // and the last three rows removed.
    await tamper(
      t,
      `DELETE FROM audit_log WHERE id IN (${rows
        .slice(-3)
        .map((r) => r.id)
        .join(',')})`,
    );
    let prev = rows[rows.indexOf(forged) - 1]?.hash ?? null;
    for (const row of rows.slice(rows.indexOf(forged), -3)) {
      const details = row === forged ? { ...row.details, role: 'admin' } : row.details;
      const { hash: _hash, prevHash: _prevHash, hashAlg: _hashAlg, ...content } = { ...row, details };
      // A plain SHA-256 is all anyone without the key can compute.
      const hash = chainHash(prev, content, Buffer.alloc(0), 'sha256');
      await tamper(
        t,
        `UPDATE audit_log SET details = '${JSON.stringify(details)}'::jsonb, prev_hash = ${prev ? `'${prev}'` : 'NULL'},
                hash = '${hash}', hash_alg = 'sha256' WHERE id = ${row.id}`,
      );
      prev = hash;
    }

    const verdict = verify();
    expect(verdict.status).toBe(1);
    expect(verdict.out).toContain(`Audit chain broken at row ${forged.id}`);
  });

  it('catches rows cut from the end, which the chain alone cannot show, through the signed checkpoint', async () => {
    expect(verify().status).toBe(0);
    const [counted] = await t.asOwner<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`);
    const n = counted!.n;
    await tamper(t, `DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT 3)`);

    const verdict = verify();
    expect(verdict.status).toBe(1);
    expect(verdict.out).toMatch(new RegExp(`rows were removed from the end|${n} rows then`));
  });

  it('refuses a checkpoint file rewritten without the key', async () => {
    expect(verify().status).toBe(0);
    const file = t.env.AUDIT_CHECKPOINT_FILE!;
    const last = JSON.parse(readFileSync(file, 'utf8').trim().split('\n').at(-1)!) as { rows: number };
    appendFileSync(file, `${JSON.stringify({ ...last, rows: last.rows - 3 })}\n`);
    const verdict = verify();
    expect(verdict.status).toBe(1);
    expect(verdict.out).toMatch(/not signed with the audit key/);
  });
});
