import { Clock } from '../../../src/common/clock';
import { createUser, sessionCookieOf, signIn, TEST_PASSWORD } from '../../support/auth';
import { newTestApp, type TestApp } from '../../support/test-app';

describe('signing in and out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 with the user, never the hash, and sets a strict HttpOnly cookie', async () => {
    const user = await createUser(t, 'comms');
    const res = await t.http.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    expect(res.body).toEqual({ id: user.id, email: user.email, displayName: 'Test comms', role: 'comms' });
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|hash/i);
    const cookie = sessionCookieOf(res)!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP here; Secure is set when the request is HTTPS
  });

  it('sets Secure on the cookie when the request came over HTTPS through a trusted proxy', async () => {
    const user = await createUser(t, 'comms');
    t.app.set('trust proxy', 'loopback');
    try {
      const res = await t.http
        .post('/api/auth/login')
        .set('X-Forwarded-Proto', 'https')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(200);
      expect(sessionCookieOf(res)).toMatch(/Secure/);
    } finally {
      t.app.set('trust proxy', false);
    }
  });

  it('gives the same 401 for an unknown email and a wrong password', async () => {
    const user = await createUser(t, 'manager');
    const unknown = await t.http.post('/api/auth/login').send({ email: 'nobody@open.ac.uk', password: TEST_PASSWORD });
    const wrong = await t.http.post('/api/auth/login').send({ email: user.email, password: 'not the password!' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body.message).toBe('Incorrect email or password');
    expect(sessionCookieOf(unknown)).toBeUndefined();
  });

  it('matches the email whatever its case', async () => {
    const user = await createUser(t, 'comms');
    await t.http.post('/api/auth/login').send({ email: user.email.toUpperCase(), password: TEST_PASSWORD }).expect(200);
  });

  it('issues a new session id at every sign-in', async () => {
    const user = await createUser(t, 'comms');
    const first = sessionCookieOf(
      await t.http.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }),
    );
    const second = sessionCookieOf(
      await t.http.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }),
    );
    expect(first).toBeDefined();
    expect(first!.split(';')[0]).not.toBe(second!.split(';')[0]);
    const [row] = await t.db.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [user.id]);
    expect(row.n).toBe(2);
  });

  it('stores only a hash of the session token', async () => {
    const user = await createUser(t, 'comms');
    const cookie = sessionCookieOf(
      await t.http.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }),
    )!;
    const token = decodeURIComponent(cookie.split(';')[0]!.split('=')[1]!);
    const rows = await t.db.query(`SELECT id FROM sessions WHERE id = $1`, [token]);
    expect(rows).toEqual([]);
  });

  it('GET /api/auth/me answers 200 when signed in and 401 when not', async () => {
    const user = await createUser(t, 'discipline');
    const agent = await signIn(t, user);
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({ id: user.id, role: 'discipline' });
    const anonymous = await t.http.get('/api/auth/me').expect(401);
    expect(anonymous.body.message).toBe('Sign in to continue');
  });

  it('sign-out destroys the session: the old cookie no longer works', async () => {
    const user = await createUser(t, 'comms');
    const agent = await signIn(t, user);
    await agent.post('/api/auth/logout').expect(204);
    await agent.get('/api/auth/me').expect(401);
    const [row] = await t.db.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [user.id]);
    expect(row.n).toBe(0);
  });

  it('refuses a disabled user, and ends their sessions at once', async () => {
    const admin = await signIn(t, await createUser(t, 'admin'));
    const user = await createUser(t, 'comms');
    const agent = await signIn(t, user);
    await admin.patch(`/api/users/${user.id}`).send({ disabled: true }).expect(200);
    await agent.get('/api/auth/me').expect(401);
    const res = await t.http.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    expect(res.body.message).toBe('Incorrect email or password');
  });

  describe('session expiry (with the clock moved by the test)', () => {
    let now: number;
    beforeEach(() => {
      now = Date.now();
      jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(now));
    });
    afterEach(() => jest.restoreAllMocks());
    const minutes = (n: number) => n * 60_000;

    it('ends a session idle for 30 minutes', async () => {
      const agent = await signIn(t, await createUser(t, 'comms'));
      now += minutes(29);
      await agent.get('/api/auth/me').expect(200);
      now += minutes(29); // 29 minutes since the last request: still alive
      await agent.get('/api/auth/me').expect(200);
      now += minutes(30);
      await agent.get('/api/auth/me').expect(401);
    });

    it('ends a session 12 hours after sign-in however active it is', async () => {
      const agent = await signIn(t, await createUser(t, 'comms'));
      for (let elapsed = 20; elapsed < 12 * 60; elapsed += 20) {
        now += minutes(20);
        await agent.get('/api/auth/me').expect(200);
      }
      now += minutes(20);
      await agent.get('/api/auth/me').expect(401);
    });
  });
});
