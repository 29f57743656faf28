import { newTestApp, type TestApp } from '../support/test-app';
import { withAdminClient } from '../support/test-database';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());

  it('reports the database up', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers 503 while the database refuses connections, and recovers', async () => {
    await withAdminClient(async (admin) => {
      await admin.query(`ALTER DATABASE ${t.databaseName} ALLOW_CONNECTIONS false`);
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [t.databaseName],
      );
    });
    try {
      const down = await t.http.get('/api/health').expect(503);
      expect(down.headers['retry-after']).toBe('10');
      expect(down.body).toEqual({ status: 'error', database: 'down' });
    } finally {
      await withAdminClient((admin) => admin.query(`ALTER DATABASE ${t.databaseName} ALLOW_CONNECTIONS true`));
    }
    const up = await t.http.get('/api/health').expect(200);
    expect(up.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers an unknown API path with a JSON 404, not the dashboard', async () => {
    const res = await t.http.get('/api/no-such-thing').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404 });
  });
});
