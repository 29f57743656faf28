import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Clock } from '../../../src/common/clock';
import { createUser, sessionCookieOf, TEST_PASSWORD } from '../../support/auth';
import { newTestApp, type TestApp } from '../../support/test-app';

/** The shape web/prerender-sign-in.ts gives dist/sign-in.html: the app's form inside #root. */
const SIGN_IN_HTML =
  '<!doctype html><html><body><div id="root"><main class="sign-in-page"><form class="sign-in" ' +
  'aria-labelledby="sign-in-title" data-prerendered="" method="post"><h1 id="sign-in-title">Sign in</h1>' +
  '<p class="muted">intro</p><label>Email<input type="email" name="email" value=""/></label>' +
  '<label>Password<input type="password" name="password" value=""/></label></form></main></div></body></html>';

/**
 * The sign-in form as the server sends it (issue 20, first load): a submit made before the app's
 * scripts run is an ordinary form POST to /sign-in, signed in like POST /api/auth/login.
 */
describe('signing in with the form the page was sent with', () => {
  let t: TestApp;
  let dist: string;
  let now: number;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'ou-web-dist-'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(path.join(dist, 'sign-in.html'), SIGN_IN_HTML);
    t = await newTestApp({ env: { WEB_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await t.close();
    await rm(dist, { recursive: true, force: true });
  });
  beforeEach(() => {
    now = Date.now();
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(now));
  });
  afterEach(() => jest.restoreAllMocks());

  const post = (url: string, form: Record<string, string>, ip = '10.9.0.1') =>
    t.http.post(url).set('X-Forwarded-For', ip).type('form').send(form);

  it('sends /sign-in with the form in it, and every other page without', async () => {
    const signIn = await t.http.get('/sign-in?next=%2Fqueue').expect(200);
    expect(signIn.text).toBe(SIGN_IN_HTML);
    expect(signIn.headers['cache-control']).toBe('no-cache');
    expect((await t.http.get('/queue').expect(200)).text).not.toContain('data-prerendered');
  });

  it('signs in, sets the same cookie as the JSON login, audits it, and goes where the person was going', async () => {
    const user = await createUser(t, 'comms');
    const res = await post('/sign-in?next=%2Fqueue%3Fq%3Dexams', { email: ` ${user.email} `, password: TEST_PASSWORD });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/queue?q=exams');
    const cookie = sessionCookieOf(res)!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    await t.http.get('/api/auth/me').set('Cookie', cookie.split(';')[0]!).expect(200);
    const [row] = await t.db.query(
      `SELECT actor_id FROM audit_log WHERE action = 'auth.login' ORDER BY id DESC LIMIT 1`,
    );
    expect(row.actor_id).toBe(user.id);
  });

  it('never sends anyone to another site after signing in', async () => {
    const user = await createUser(t, 'manager');
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const res = await post(`/sign-in?next=${encodeURIComponent(next)}`, {
        email: user.email,
        password: TEST_PASSWORD,
      });
      expect([res.status, res.headers.location]).toEqual([303, '/']);
    }
  });

  it('sends a wrong password back to the form, which then says so as the app does', async () => {
    const user = await createUser(t, 'comms');
    const res = await post('/sign-in?next=%2Fqueue', { email: user.email, password: 'not the password!' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/sign-in?next=%2Fqueue&error=credentials');
    expect(sessionCookieOf(res)).toBeUndefined();
    const page = await t.http.get(res.headers.location!).expect(200);
    expect(page.text).toContain(
      '<p class="muted">intro</p><p class="alert alert--error" role="alert">Incorrect email or password</p><label>Email',
    );
    const [row] = await t.db.query(
      `SELECT details->>'reason' AS reason FROM audit_log WHERE action = 'auth.login_failed' ORDER BY id DESC LIMIT 1`,
    );
    expect(row.reason).toBe('wrong_password');
  });

  it('counts towards the same limit as the JSON login', async () => {
    t.app.set('trust proxy', 'loopback');
    try {
      const user = await createUser(t, 'comms');
      for (let i = 0; i < 10; i += 1)
        await t.http
          .post('/api/auth/login')
          .set('X-Forwarded-For', `10.3.0.${i}`)
          .send({ email: user.email, password: 'wrong password!!' })
          .expect(401);
      const res = await post('/sign-in', { email: user.email, password: TEST_PASSWORD }, '10.3.1.1');
      expect(res.headers.location).toBe('/sign-in?error=throttled');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect((await t.http.get('/sign-in?error=throttled')).text).toContain(
        'role="alert">Too many failed sign-in attempts. Try again later.</p>',
      );
    } finally {
      t.app.set('trust proxy', false);
    }
  });

  it('refuses input the JSON login would refuse, and a post from another site', async () => {
    const bad = await post('/sign-in', { email: 'not an email', password: TEST_PASSWORD });
    expect([bad.status, bad.headers.location]).toEqual([303, '/sign-in?error=invalid']);
    expect((await post('/sign-in', { email: 'a@open.ac.uk' })).headers.location).toBe('/sign-in?error=invalid');
    await t.http
      .post('/sign-in')
      .set('Origin', 'https://evil.example')
      .type('form')
      .send({ email: 'a@open.ac.uk', password: TEST_PASSWORD })
      .expect(403);
  });

  it('shows no refusal for an error code it does not know', async () => {
    const page = await t.http.get('/sign-in?error=%3Cscript%3E').expect(200);
    expect(page.text).toBe(SIGN_IN_HTML);
  });
});
