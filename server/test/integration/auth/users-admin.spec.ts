import { spawnSync } from 'node:child_process';
import { createUser, signIn } from '../../support/auth';
import { REPO_ROOT } from '../../support/server-process';
import { newTestApp, type TestApp } from '../../support/test-app';

describe('managing users', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());

  it('an admin creates a user with a generated password, who can then sign in', async () => {
    const admin = await signIn(t, await createUser(t, 'admin'));
    const res = await admin
      .post('/api/users')
      .send({ email: 'new.comms@open.ac.uk', displayName: 'New Comms', role: 'comms' })
      .expect(201);
    expect(res.body.user).toMatchObject({ email: 'new.comms@open.ac.uk', role: 'comms', disabled: false });
    expect(res.body.generatedPassword).toMatch(/^[A-Za-z0-9]{20}$/);
    const [row] = await t.db.query(`SELECT password_hash FROM users WHERE email = 'new.comms@open.ac.uk'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const newcomer = await signIn(t, { email: 'new.comms@open.ac.uk', password: res.body.generatedPassword });
    // The admin has seen that password: its owner must choose their own before anything else.
    expect((await newcomer.get('/api/auth/me').expect(200)).body).toMatchObject({ mustChangePassword: true });
    await newcomer.get('/api/mentions').expect(403);
    await newcomer
      .post('/api/auth/password')
      .send({ currentPassword: res.body.generatedPassword, newPassword: 'Tangerine-Walrus-Quilt-93' })
      .expect(204);
    await newcomer.get('/api/mentions').expect(200);
  });

  it('refuses a password under 12 characters, a duplicate email and an unknown role', async () => {
    const admin = await signIn(t, await createUser(t, 'admin'));
    const short = await admin
      .post('/api/users')
      .send({ email: 'short@open.ac.uk', displayName: 'S', role: 'comms', password: 'elevenchars' })
      .expect(400);
    expect(short.body.message).toEqual(['password must be at least 12 characters long']);
    const existing = await createUser(t, 'comms');
    const dup = await admin
      .post('/api/users')
      .send({ email: existing.email.toUpperCase(), displayName: 'Dup', role: 'comms' })
      .expect(409);
    expect(dup.body.message).toMatch(/already exists/);
    const role = await admin
      .post('/api/users')
      .send({ email: 'r@open.ac.uk', displayName: 'R', role: 'root' })
      .expect(400);
    expect(role.body.message).toEqual(['role must be one of comms, manager, discipline, admin']);
  });

  it('changes a role, which takes effect on the next request', async () => {
    const admin = await signIn(t, await createUser(t, 'admin'));
    const user = await createUser(t, 'comms');
    const agent = await signIn(t, user);
    await agent.get('/api/users').expect(403);
    await admin.patch(`/api/users/${user.id}`).send({ role: 'admin' }).expect(200);
    await agent.get('/api/users').expect(200);
  });

  it('will not let an admin lock themselves out', async () => {
    const me = await createUser(t, 'admin');
    const admin = await signIn(t, me);
    const res = await admin.patch(`/api/users/${me.id}`).send({ disabled: true }).expect(409);
    expect(res.body.message).toMatch(/cannot disable your own account/);
  });

  it('answers 404 for an unknown user id', async () => {
    const admin = await signIn(t, await createUser(t, 'admin'));
    await admin.patch('/api/users/7b0f6f9e-1111-4a1a-8a1a-1a1a1a1a1a1a').send({ role: 'comms' }).expect(404);
  });

  describe('npm run user (server stopped, same database)', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [`${REPO_ROOT}/server/dist/server/src/cli/user.js`, ...args], {
        env: { ...process.env, DATABASE_URL: t.databaseUrl },
        encoding: 'utf8',
      });

    it('creates a user and prints a generated password, then disables them', async () => {
      const created = run('create', '--email', 'cli.user@open.ac.uk', '--role', 'discipline');
      expect(created.stderr).toBe('');
      expect(created.status).toBe(0);
      const password = /Password \(shown once\): (\S+)/.exec(created.stdout)?.[1];
      expect(password).toHaveLength(20);
      const agent = await signIn(t, { email: 'cli.user@open.ac.uk', password: password! });

      const disabled = run('disable', '--email', 'cli.user@open.ac.uk');
      expect(disabled.status).toBe(0);
      await agent.get('/api/auth/me').expect(401);
      const [row] = await t.db.query(
        `SELECT actor_email FROM audit_log WHERE action = 'user.disable' ORDER BY id DESC LIMIT 1`,
      );
      expect(row.actor_email).toBe('cli');
    });

    it('explains bad arguments and exits non-zero', () => {
      const res = run('create', '--email', 'x@open.ac.uk', '--role', 'wizard');
      expect(res.status).toBe(64);
      expect(res.stderr).toMatch(/--role must be one of comms, manager, discipline, admin/);
      const missing = run('disable', '--email', 'ghost@open.ac.uk');
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/No user with email ghost@open.ac.uk/);
    });
  });
});
