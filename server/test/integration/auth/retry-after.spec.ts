import type { Response } from 'supertest';
import { createUser } from '../../support/auth';
import { newTestApp, type TestApp } from '../../support/test-app';

/** Issue 12 §13: a 429 says when to come back, in the header clients and proxies read. */
describe('a refused sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After, the seconds the body gives', async () => {
    const user = await createUser(t, 'comms');
    let res: Response | undefined;
    for (let i = 0; i < 40 && res?.status !== 429; i += 1)
      res = await t.http.post('/api/auth/login').send({ email: user.email, password: 'wrong password!!' });

    expect(res!.status).toBe(429);
    expect(res!.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(res!.headers['retry-after']).toBe(String(Math.ceil(res!.body.retryAfterSeconds as number)));
  });
});
