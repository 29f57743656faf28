import type { NestExpressApplication } from '@nestjs/platform-express';
import supertest from 'supertest';
import { loadConfig } from '../../src/config/app-config';
import { createApp } from '../../src/create-app';
import { findWebDist } from '../../src/web/serve-dashboard';
import { createUser, TEST_PASSWORD } from '../support/auth';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { newTestApp, type TestApp } from '../support/test-app';
import { withAdminClient } from '../support/test-database';

type Agent = ReturnType<typeof supertest.agent>;

/** The same database URL, through the proxy. */
function viaProxy(url: string, proxy: TcpProxy): string {
  const proxied = new URL(url);
  proxied.port = String(proxy.port);
  return proxied.toString();
}

/**
 * Issue 12 §9: with the database gone, every route answers 503 with Retry-After (it was 500),
 * and the app serves again as soon as the database is back. A second app on the test file's
 * database reaches PostgreSQL through a TCP proxy, so the test can take the database away from
 * that app alone.
 */
describe('while the database is down', () => {
  let t: TestApp;
  let app: NestExpressApplication;
  let proxy: TcpProxy;
  let sourceId: string;
  const agents = {} as Record<'anonymous' | 'comms' | 'manager' | 'admin', Agent>;

  /** One request per kind of route (anonymous sign-in, reads and a write behind a session), and its answer when all is well. */
  const requests: { name: string; send: () => supertest.Test; whenUp: number }[] = [
    {
      name: 'POST /api/auth/login',
      send: () => agents.anonymous.post('/api/auth/login').send({ email: 'nobody@open.ac.uk', password: 'x' }),
      whenUp: 401,
    },
    { name: 'GET /api/mentions as comms', send: () => agents.comms.get('/api/mentions'), whenUp: 200 },
    {
      name: 'GET /api/trends/summary as manager',
      send: () => agents.manager.get('/api/trends/summary?from=2026-01-01&to=2026-01-31'),
      whenUp: 200,
    },
    {
      name: 'PATCH /api/sources/:id as admin',
      send: () => agents.admin.patch(`/api/sources/${sourceId}`).send({ pollIntervalSeconds: 300 }),
      whenUp: 200,
    },
  ];

  beforeAll(async () => {
    // TypeORM warns on the console for every pooled connection the test cuts: expected here, and noise.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    t = await newTestApp();
    const database = new URL(t.databaseUrl);
    proxy = await startTcpProxy({ host: database.hostname, port: Number(database.port) });
    const env = {
      ...t.env,
      ADMIN_BOOTSTRAP: 'off',
      DATABASE_URL: viaProxy(t.databaseUrl, proxy),
      DATABASE_OWNER_URL: viaProxy(t.ownerUrl, proxy),
    };
    app = await createApp(loadConfig(env, { webDistDir: findWebDist() }), env.DATABASE_URL, { logger: false });
    await app.init();
    const [source] = (await t.db.query(`SELECT id::text FROM sources ORDER BY id LIMIT 1`)) as { id: string }[];
    sourceId = source!.id;
    agents.anonymous = supertest.agent(app.getHttpServer());
    for (const role of ['comms', 'manager', 'admin'] as const) {
      agents[role] = supertest.agent(app.getHttpServer());
      const { email } = await createUser(t, role);
      await agents[role].post('/api/auth/login').send({ email, password: TEST_PASSWORD }).expect(200);
    }
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await app.close();
    await proxy.close();
    await t.close();
  });

  async function expectAllUp(): Promise<void> {
    for (const { name, send, whenUp } of requests)
      expect({ name, status: (await send()).status }).toEqual({ name, status: whenUp });
    await supertest(app.getHttpServer()).get('/api/health').expect(200);
  }

  async function expectAllUnavailable(): Promise<void> {
    for (const { name, send } of requests) {
      const res = await send();
      expect({ name, status: res.status, retryAfter: res.headers['retry-after'], body: res.body as unknown }).toEqual({
        name,
        status: 503,
        retryAfter: expect.stringMatching(/^[1-9]\d*$/) as string,
        body: {
          statusCode: 503,
          error: 'Service Unavailable',
          message: 'The database is not available: try again in a moment',
        },
      });
    }
    await supertest(app.getHttpServer()).get('/api/health').expect(503);
  }

  it('answers 503 with Retry-After when the server cannot be reached, and recovers', async () => {
    await expectAllUp();
    await proxy.cut();
    try {
      await expectAllUnavailable();
    } finally {
      await proxy.restore();
    }
    await expectAllUp();
  });

  it('answers 503 with Retry-After when PostgreSQL refuses connections, and recovers', async () => {
    await withAdminClient(async (admin) => {
      await admin.query(`ALTER DATABASE ${t.databaseName} ALLOW_CONNECTIONS false`);
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [t.databaseName],
      );
    });
    try {
      await expectAllUnavailable();
    } finally {
      await withAdminClient((admin) => admin.query(`ALTER DATABASE ${t.databaseName} ALLOW_CONNECTIONS true`));
    }
    await expectAllUp();
  });
});
