import { createUser, signIn, TEST_PASSWORD } from '../../support/auth';
import { newTestApp, type TestApp } from '../../support/test-app';

describe('HTTP hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());

  describe('security headers, on successes and errors alike', () => {
    it.each([
      ['GET', '/api/health', 200],
      ['GET', '/api/auth/me', 401],
      ['GET', '/api/no-such-route', 404],
      ['GET', '/', 200],
    ])('%s %s (%i)', async (_method, path, status) => {
      const res = await t.http.get(path).expect(status);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
      if (path.startsWith('/api')) expect(res.headers['cache-control']).toBe('no-store');
    });
  });

  describe('CSRF: writes from another site are refused', () => {
    it('refuses Sec-Fetch-Site: cross-site with 403', async () => {
      const user = await createUser(t, 'comms');
      const res = await t.http
        .post('/api/auth/login')
        .set('Sec-Fetch-Site', 'cross-site')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(403);
      expect(res.body.message).toBe('Cross-site request refused');
    });

    it('refuses a foreign Origin with 403, even with a valid session', async () => {
      const agent = await signIn(t, await createUser(t, 'comms'));
      await agent.post('/api/auth/logout').set('Origin', 'https://evil.example').expect(403);
      await agent.get('/api/auth/me').expect(200); // the session survived
    });

    it('lets same-origin writes through', async () => {
      const user = await createUser(t, 'comms');
      await t.http
        .post('/api/auth/login')
        .set('Host', 'listening.open.ac.uk')
        .set('Sec-Fetch-Site', 'same-origin')
        .set('Origin', 'http://listening.open.ac.uk')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(200);
    });

    it('does not apply to reads', async () => {
      await t.http.get('/api/health').set('Sec-Fetch-Site', 'cross-site').expect(200);
    });
  });

  describe('validation', () => {
    it('refuses an unknown field with 400 naming it', async () => {
      const res = await t.http
        .post('/api/auth/login')
        .send({ email: 'a@open.ac.uk', password: 'x', role: 'admin' })
        .expect(400);
      expect(res.body.message).toEqual(['property role should not exist']);
    });

    it('refuses a wrong type with 400', async () => {
      const res = await t.http
        .post('/api/auth/login')
        .send({ email: 42, password: ['x'] })
        .expect(400);
      expect(res.body.message).toEqual(
        expect.arrayContaining(['email must be an email address', 'password must be a string']),
      );
    });

    it('refuses malformed JSON with 400, not 500', async () => {
      const res = await t.http
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"email": "a@open.ac.uk", ')
        .expect(400);
      expect(res.body.statusCode).toBe(400);
    });

    it('refuses a malformed id in a path with 400', async () => {
      const admin = await signIn(t, await createUser(t, 'admin'));
      await admin.patch('/api/users/not-a-uuid').send({ role: 'comms' }).expect(400);
    });
  });
});
