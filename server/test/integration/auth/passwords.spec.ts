import { spawnSync } from 'node:child_process';
import supertest from 'supertest';
import { loadConfig } from '../../../src/config/app-config';
import { createApp } from '../../../src/create-app';
import { createUser, signIn, signInAs, type SignedIn, TEST_PASSWORD } from '../../support/auth';
import { REPO_ROOT } from '../../support/server-process';
import { newTestApp, type TestApp } from '../../support/test-app';

const STRONG = 'blue river quietly sings';
const PASSWORD_CHANGE_REQUIRED = 'password_change_required';

describe('passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());

  describe('the policy', () => {
    let admin: SignedIn;
    beforeAll(async () => {
      admin = await signInAs(t, 'admin');
    });
    const create = (email: string, password: string) =>
      admin.agent.post('/api/users').send({ email, displayName: 'New', role: 'comms', password });

    it.each([
      ['a common password with digits', 'password1234', /too easy to guess.*commonly used password/i],
      ['twelve spaces', ' '.repeat(12), /too easy to guess.*repeated characters/i],
      ['a keyboard row', 'qwertyuiop123', /too easy to guess/i],
    ])('refuses %s, saying what to fix', async (_what, password, message) => {
      const res = await create(`weak.${Date.now()}@open.ac.uk`, password).expect(400);
      expect(res.body.message).toMatch(message);
    });

    it.each([
      ['the email', 'Jo.Bloggs@open.ac.uk and more words'],
      ['the part before the @', 'xJO.BLOGGSx river quietly'],
    ])('refuses a password that contains %s', async (_what, password) => {
      const res = await create('jo.bloggs@open.ac.uk', password).expect(400);
      expect(res.body.message).toMatch(/must not contain the email address/);
    });

    it.each(['Open University rocks 2026', 'myOPENUNIVERSITYsecret!', 'the open-university of kettles'])(
      'refuses %j: it contains "Open University"',
      async (password) => {
        const res = await create(`ou.${Date.now()}@open.ac.uk`, password).expect(400);
        expect(res.body.message).toMatch(/must not contain "Open University"/);
      },
    );

    it('accepts a long, uncommon passphrase', async () => {
      await create(`strong.${Date.now()}@open.ac.uk`, STRONG).expect(201);
    });
  });

  describe('changing your own password', () => {
    it('needs the current password; ends the other sessions, keeps this one; audited', async () => {
      const user = await createUser(t, 'comms');
      const here = await signIn(t, user);
      const elsewhere = await signIn(t, user);

      const wrong = await here
        .post('/api/auth/password')
        .send({ currentPassword: 'not my password at all', newPassword: STRONG })
        .expect(400);
      expect(wrong.body.message).toMatch(/current password is incorrect/);
      const weak = await here
        .post('/api/auth/password')
        .send({ currentPassword: TEST_PASSWORD, newPassword: 'password1234' })
        .expect(400);
      expect(weak.body.message).toMatch(/too easy to guess/);
      const same = await here
        .post('/api/auth/password')
        .send({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD })
        .expect(400);
      expect(same.body.message).toMatch(/differ from the current one/);
      await elsewhere.get('/api/auth/me').expect(200);

      await here.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: STRONG }).expect(204);
      await here.get('/api/auth/me').expect(200);
      await elsewhere.get('/api/auth/me').expect(401);
      await t.http.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
      await signIn(t, { email: user.email, password: STRONG });

      const rows: { actor_id: string; details: Record<string, unknown> }[] = await t.db.query(
        `SELECT actor_id, details FROM audit_log WHERE action = 'user.password_change' AND target_id = $1`,
        [user.id],
      );
      expect(rows).toEqual([{ actor_id: user.id, details: { endedSessions: 1 } }]);
      const failed = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.password_change_failed' AND target_id = $1`,
        [user.id],
      );
      expect(failed[0].n).toBe(1);
      const everything = await t.db.query(`SELECT details::text AS d FROM audit_log`);
      for (const row of everything as { d: string }[]) expect(row.d).not.toContain(STRONG);
    });

    it('stops guessing the current password after 5 wrong tries in 15 minutes (429)', async () => {
      const user = await createUser(t, 'manager');
      const agent = await signIn(t, user);
      for (let i = 0; i < 5; i += 1)
        await agent
          .post('/api/auth/password')
          .send({ currentPassword: `guess number ${i}`, newPassword: STRONG })
          .expect(400);
      const res = await agent
        .post('/api/auth/password')
        .send({ currentPassword: TEST_PASSWORD, newPassword: STRONG })
        .expect(429);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
    });

    it('is refused without a session', async () => {
      await t.http.post('/api/auth/password').send({ currentPassword: 'x', newPassword: STRONG }).expect(401);
    });
  });

  describe('an admin reset', () => {
    it('gives a generated password, ends the sessions and forces a change at the next sign-in', async () => {
      const admin = await signInAs(t, 'admin');
      const user = await createUser(t, 'comms');
      const before = await signIn(t, user);

      const res = await admin.agent.post(`/api/users/${user.id}/reset-password`).expect(200);
      expect(res.body.user).toMatchObject({ id: user.id, email: user.email });
      const temporary: string = res.body.generatedPassword;
      expect(temporary).toMatch(/^[A-Za-z0-9]{20}$/);
      await before.get('/api/auth/me').expect(401);
      const [audit] = await t.db.query(
        `SELECT actor_id, details FROM audit_log WHERE action = 'user.password_reset' AND target_id = $1`,
        [user.id],
      );
      expect(audit).toEqual({ actor_id: admin.user.id, details: { endedSessions: 1 } });

      const agent = await signIn(t, { email: user.email, password: temporary });
      const me = await agent.get('/api/auth/me').expect(200);
      expect(me.body).toMatchObject({ id: user.id, mustChangePassword: true });
      const refused = await agent.get('/api/mentions').expect(403);
      expect(refused.body).toMatchObject({ code: PASSWORD_CHANGE_REQUIRED });
      expect(refused.body.message).toMatch(/change your password/i);
      await agent.post('/api/mentions/seen').send({ ids: [] }).expect(403);

      await agent.post('/api/auth/password').send({ currentPassword: temporary, newPassword: STRONG }).expect(204);
      expect((await agent.get('/api/auth/me').expect(200)).body.mustChangePassword).toBe(false);
      await agent.get('/api/mentions').expect(200);
    });

    it('while a change is required, sign-out still works', async () => {
      const user = await createUser(t, 'discipline');
      await t.db.query(`UPDATE users SET must_change_password = true WHERE id = $1`, [user.id]);
      const agent = await signIn(t, user);
      await agent.get('/api/escalations').expect(403);
      await agent.post('/api/auth/logout').expect(204);
      await agent.get('/api/auth/me').expect(401);
    });

    it('is for admins only, and not for your own account', async () => {
      const { agent: comms } = await signInAs(t, 'comms');
      const target = await createUser(t, 'comms');
      await comms.post(`/api/users/${target.id}/reset-password`).expect(403);
      const admin = await signInAs(t, 'admin');
      const own = await admin.agent.post(`/api/users/${admin.user.id}/reset-password`).expect(409);
      expect(own.body.message).toMatch(/Change password/);
      await admin.agent.post('/api/users/7b0f6f9e-1111-4a1a-8a1a-1a1a1a1a1a1a/reset-password').expect(404);
    });
  });

  describe('npm run user -- reset-password <email>', () => {
    it('prints a generated password and forces a change at the next sign-in', async () => {
      const user = await createUser(t, 'manager');
      const res = spawnSync(
        process.execPath,
        [`${REPO_ROOT}/server/dist/server/src/cli/user.js`, 'reset-password', user.email],
        { env: { ...process.env, DATABASE_URL: t.databaseUrl }, encoding: 'utf8' },
      );
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      const temporary = /Password \(shown once\): (\S+)/.exec(res.stdout)?.[1];
      expect(temporary).toHaveLength(20);
      expect(res.stdout).toMatch(/must change it at their next sign-in/);
      const agent = await signIn(t, { email: user.email, password: temporary! });
      expect((await agent.get('/api/trends/summary').expect(403)).body.code).toBe(PASSWORD_CHANGE_REQUIRED);
      const [row] = await t.db.query(
        `SELECT actor_email FROM audit_log WHERE action = 'user.password_reset'
                                      AND target_id = $1`,
        [user.id],
      );
      expect(row.actor_email).toBe('cli');
    });
  });
});

describe('the first-start admin', () => {
  it('must change the printed password at the first sign-in', async () => {
    let output = '';
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output += chunk.toString();
      return true;
    });
    const t = await newTestApp({ env: { ADMIN_BOOTSTRAP: 'on', ADMIN_EMAIL: 'first.admin@open.ac.uk' } }).finally(() =>
      spy.mockRestore(),
    );
    try {
      const printed = /password: (\S+)/.exec(output)?.[1];
      expect(output).toMatch(/change it at the first sign-in/);
      const admin = await signIn(t, { email: 'first.admin@open.ac.uk', password: printed! });
      expect((await admin.get('/api/users').expect(403)).body.code).toBe(PASSWORD_CHANGE_REQUIRED);
      await admin.post('/api/auth/password').send({ currentPassword: printed, newPassword: STRONG }).expect(204);
      await admin.get('/api/users').expect(200);

      // A restart does not set the flag again.
      const app = await createApp(loadConfig({ NODE_ENV: 'test', DATABASE_URL: t.databaseUrl }), t.databaseUrl, {
        logger: false,
      });
      await app.init();
      await app.close();
      const again = supertest.agent(t.app.getHttpServer());
      await again.post('/api/auth/login').send({ email: 'first.admin@open.ac.uk', password: STRONG }).expect(200);
      await again.get('/api/users').expect(200);
    } finally {
      await t.close();
    }
  });
});
