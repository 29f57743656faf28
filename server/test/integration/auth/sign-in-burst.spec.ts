import argon2 from 'argon2';
import { createUser, TEST_PASSWORD } from '../../support/auth';
import { freePort, type ServerProcess, spawnServer, waitFor } from '../../support/server-process';
import { newTestApp, type TestApp } from '../../support/test-app';

/**
 * Issue 12 §2: the throttle must hold when the attempts arrive together, not only one after
 * another, and a burst must not freeze the server for everyone else.
 */
describe('sign-in under a burst of parallel attempts', () => {
  let t: TestApp;
  let verifications: number;
  beforeAll(async () => {
    t = await newTestApp({ listen: true });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    verifications = 0;
    const real = argon2.verify.bind(argon2);
    jest.spyOn(argon2, 'verify').mockImplementation((...args: Parameters<typeof argon2.verify>) => {
      verifications += 1;
      return real(...args);
    });
    t.app.set('trust proxy', 'loopback');
  });
  afterEach(() => {
    jest.restoreAllMocks();
    t.app.set('trust proxy', false);
  });

  const attempt = (email: string, password: string, ip: string) =>
    fetch(`${t.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password }),
    });

  async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
    const started = performance.now();
    const value = await work();
    return { value, ms: performance.now() - started };
  }

  it('lets at most 10 of 40 parallel wrong passwords for one account reach verification', async () => {
    const victim = await createUser(t, 'comms');
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(victim.email, `guess number ${i}!`, `10.40.0.${i}`)),
    );
    const statuses = answers.map((r) => r.status);
    expect(verifications).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(30);
    for (const refused of answers.filter((r) => r.status === 429))
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const [{ failures }] = await t.db.query(
      `SELECT count(*)::int AS failures FROM audit_log WHERE action = 'auth.login_failed' AND details->>'email' = $1`,
      [victim.email.toLowerCase()],
    );
    expect(failures).toBeLessThanOrEqual(10);
  });

  describe('against the compiled server in its own process, as an attacker would see it', () => {
    let server: ServerProcess;
    let base: string;
    beforeAll(async () => {
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      server = spawnServer({
        PORT: String(port),
        DATABASE_URL: t.databaseUrl,
        TRUST_PROXY: 'loopback',
        ADMIN_BOOTSTRAP: 'off',
        DEMO: 'off',
        INGEST_SCHEDULER: 'off',
        SPIKE_ALERTS: 'off',
      });
      await waitFor(async () => ((await fetch(`${base}/api/health`)).ok ? true : undefined), 60_000, 'the server');
    });
    afterAll(async () => {
      server.child.kill('SIGTERM');
      await server.exited;
    });

    const attemptAt = (email: string, password: string, ip: string) =>
      fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ email, password }),
      });

    /** Three health checks one after another during the burst; the median, so one scheduler hiccup is not a verdict. */
    async function healthDuringBurst(): Promise<{ value: Response; ms: number }> {
      const probes = [];
      for (let i = 0; i < 3; i += 1) probes.push(await timed(() => fetch(`${base}/api/health`)));
      return probes.sort((a, b) => a.ms - b.ms)[1]!;
    }

    it('lets at most 30 of 100 parallel attempts from one address fail at verification, while others sign in quickly', async () => {
      const bystander = await createUser(t, 'manager');
      const burst = Promise.all(
        Array.from({ length: 100 }, (_, i) => attemptAt(`stranger${i}@example.org`, 'guess guess guess', '10.100.0.1')),
      );
      // Let the burst arrive first, then measure a real user and the health check during it.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const [signIn, health] = await Promise.all([
        timed(() => attemptAt(bystander.email, TEST_PASSWORD, '10.100.0.2')),
        healthDuringBurst(),
      ]);
      const answers = await burst;
      const statuses = answers.map((r) => r.status);
      const [{ failures }] = await t.db.query(
        `SELECT count(*)::int AS failures FROM audit_log WHERE action = 'auth.login_failed' AND ip = '10.100.0.1'`,
      );

      expect(signIn.value.status).toBe(200);
      expect(signIn.ms).toBeLessThan(2_000);
      expect(health.value.status).toBe(200);
      expect(health.ms).toBeLessThan(200);
      expect(failures).toBeLessThanOrEqual(30);
      expect(statuses.filter((s) => s === 401).length).toBe(failures);
      expect(statuses.every((s) => s === 401 || s === 429 || s === 503)).toBe(true);
      for (const refused of answers.filter((r) => r.status !== 401))
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      console.log(
        `burst of 100 from one address: ${failures} reached verification; ` +
          `bystander signed in in ${Math.round(signIn.ms)} ms; health answered in ${Math.round(health.ms)} ms`,
      );
    });

    it('still counts every failure: a slow, steady guesser from one address is stopped at 30', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 36; i += 1)
        statuses.push((await attemptAt(`steady${i}@example.org`, 'guess guess guess', '10.101.0.1')).status);
      expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(30)).toEqual([429, 429, 429, 429, 429, 429]);
    });
  });
});
