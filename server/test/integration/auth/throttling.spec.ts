import { Clock } from '../../../src/common/clock';
import { createUser, TEST_PASSWORD } from '../../support/auth';
import { newTestApp, type TestApp } from '../../support/test-app';

describe('sign-in throttling', () => {
  let t: TestApp;
  let now: number;
  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => {
    now = Date.now();
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(now));
  });
  afterEach(() => jest.restoreAllMocks());

  const attempt = (email: string, password: string, ip = '10.0.0.1') =>
    t.http.post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it('after 10 failures for one account answers 429, even to the right password, until the window passes', async () => {
    t.app.set('trust proxy', 'loopback');
    const user = await createUser(t, 'comms');
    for (let i = 0; i < 10; i += 1)
      expect((await attempt(user.email, 'wrong password!!', `10.1.0.${i}`)).status).toBe(401);

    const blocked = await attempt(user.email, TEST_PASSWORD, '10.1.1.1');
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toMatch(/Too many failed sign-in attempts/);
    expect(blocked.body.retryAfterSeconds).toBeGreaterThan(0);

    now += 16 * 60_000;
    await attempt(user.email, TEST_PASSWORD, '10.1.1.1').expect(200);
  });

  it('after 30 failures from one address answers 429 for every account from it', async () => {
    t.app.set('trust proxy', 'loopback');
    const user = await createUser(t, 'comms');
    for (let i = 0; i < 30; i += 1)
      expect((await attempt(`stranger${i}@open.ac.uk`, 'guess guess guess', '10.2.0.9')).status).toBe(401);
    await attempt(user.email, TEST_PASSWORD, '10.2.0.9').expect(429);
    await attempt(user.email, TEST_PASSWORD, '10.2.0.10').expect(200);
  });
});
