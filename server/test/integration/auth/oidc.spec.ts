import supertest from 'supertest';
import { createUser, sessionCookieOf } from '../../support/auth';
import { MockIdp } from '../../support/mock-idp';
import { newTestApp, type TestApp } from '../../support/test-app';

describe('single sign-on with OIDC', () => {
  let t: TestApp;
  let idp: MockIdp;
  beforeAll(async () => {
    idp = await new MockIdp().start();
    t = await newTestApp({
      env: {
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: idp.clientId,
        OIDC_CLIENT_SECRET: idp.clientSecret,
        OIDC_LABEL: 'Microsoft',
        PUBLIC_URL: 'http://listening.test',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await idp.stop();
  });
  beforeEach(() => {
    idp.tamper = 'none';
  });

  /** What a browser does: our login → the IdP → back to our callback. Returns the callback's answer. */
  async function signInThroughIdp(agent = supertest.agent(t.app.getHttpServer()), next?: string) {
    const start = await agent.get(`/api/auth/oidc/login${next ? `?next=${encodeURIComponent(next)}` : ''}`).expect(302);
    const authorize = new URL(start.headers.location!);
    expect(authorize.origin).toBe(idp.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    const atIdp = await fetch(authorize, { redirect: 'manual' });
    const callback = new URL(atIdp.headers.get('location')!);
    expect(callback.pathname).toBe('/api/auth/oidc/callback');
    const res = await agent.get(`${callback.pathname}${callback.search}`);
    return { res, agent, callback };
  }

  const userCount = async () => (await t.db.query(`SELECT count(*)::int AS n FROM users`))[0].n as number;

  it('says which providers are on', async () => {
    const res = await t.http.get('/api/auth/providers').expect(200);
    expect(res.body).toEqual({ password: true, oidc: true, oidcLabel: 'Microsoft' });
  });

  it('signs in a person whose account an admin created, matched by verified email, then by subject', async () => {
    const user = await createUser(t, 'comms', { email: 'sso.person@open.ac.uk' });
    idp.identity = { sub: 'subject-sso-person', email: 'SSO.Person@open.ac.uk', email_verified: true };
    const { res, agent } = await signInThroughIdp(undefined, '/admin/users');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/admin/users');
    expect(sessionCookieOf(res)).toMatch(/HttpOnly/);
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({ id: user.id, role: 'comms' });
    const [row] = await t.db.query(`SELECT oidc_issuer, oidc_subject FROM users WHERE id = $1`, [user.id]);
    expect(row).toEqual({ oidc_issuer: idp.issuer, oidc_subject: 'subject-sso-person' });
    const [audit] = await t.db.query(
      `SELECT details FROM audit_log WHERE action = 'auth.login' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.details).toEqual({ method: 'oidc' });

    // Next time the subject decides, even if the provider now reports another email.
    idp.identity = { sub: 'subject-sso-person', email: 'renamed@open.ac.uk', email_verified: true };
    const again = await signInThroughIdp();
    expect(again.res.status).toBe(302);
    await again.agent.get('/api/auth/me').expect(200);
  });

  it('never sends anyone off-site after sign-in', async () => {
    await createUser(t, 'manager', { email: 'offsite@open.ac.uk' });
    idp.identity = { sub: 'subject-offsite', email: 'offsite@open.ac.uk', email_verified: true };
    const { res } = await signInThroughIdp(undefined, 'https://evil.example/steal');
    expect(res.headers.location).toBe('/');
  });

  it.each([
    ['an unknown person', { sub: 'stranger', email: 'stranger@open.ac.uk', email_verified: true }],
    ['an unverified email', { sub: 'unverified', email: 'unverified@open.ac.uk', email_verified: false }],
  ])('refuses %s and creates no account', async (_what, identity) => {
    if (identity.email === 'unverified@open.ac.uk') await createUser(t, 'comms', { email: identity.email });
    idp.identity = identity;
    const before = await userCount();
    const { res, agent } = await signInThroughIdp();
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/sign-in?error=sso_unknown_user');
    expect(sessionCookieOf(res)).toBeUndefined();
    await agent.get('/api/auth/me').expect(401);
    expect(await userCount()).toBe(before);
  });

  it('refuses a disabled account', async () => {
    const user = await createUser(t, 'comms', { email: 'disabled.sso@open.ac.uk' });
    await t.db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [user.id]);
    idp.identity = { sub: 'subject-disabled', email: 'disabled.sso@open.ac.uk', email_verified: true };
    const { res } = await signInThroughIdp();
    expect(res.headers.location).toBe('/sign-in?error=sso_unknown_user');
  });

  it.each(['bad-signature', 'wrong-audience', 'replayed-nonce'] as const)(
    'refuses an ID token with a %s',
    async (tamper) => {
      await createUser(t, 'comms', { email: `${tamper}@open.ac.uk` });
      idp.identity = { sub: `subject-${tamper}`, email: `${tamper}@open.ac.uk`, email_verified: true };
      idp.tamper = tamper;
      const { res, agent } = await signInThroughIdp();
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe('/sign-in?error=sso_failed');
      expect(sessionCookieOf(res)).toBeUndefined();
      await agent.get('/api/auth/me').expect(401);
      const [audit] = await t.db.query(
        `SELECT details FROM audit_log WHERE action = 'auth.sso_refused' ORDER BY id DESC LIMIT 1`,
      );
      expect(audit.details.reason).toEqual(expect.any(String));
    },
  );

  it('accepts a callback once: replaying it is refused', async () => {
    await createUser(t, 'comms', { email: 'replay@open.ac.uk' });
    idp.identity = { sub: 'subject-replay', email: 'replay@open.ac.uk', email_verified: true };
    const { res, callback } = await signInThroughIdp();
    expect(res.headers.location).toBe('/');
    const replay = await t.http.get(`${callback.pathname}${callback.search}`).expect(302);
    expect(replay.headers.location).toBe('/sign-in?error=sso_expired');
  });
});

describe('without OIDC configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());

  it('offers passwords only, and the SSO route answers 404', async () => {
    expect((await t.http.get('/api/auth/providers').expect(200)).body).toEqual({
      password: true,
      oidc: false,
      oidcLabel: null,
    });
    const res = await t.http.get('/api/auth/oidc/login').expect(404);
    expect(res.body.message).toBe('Single sign-on is not configured on this server');
  });
});
