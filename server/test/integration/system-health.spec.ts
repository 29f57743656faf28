import type { SystemHealth } from '@ou-listening/shared';
import { signInAs } from '../support/auth';
import { newTestApp, type TestApp } from '../support/test-app';

/** Issue 19 §5: the admin's landing page reads the system's state from one route. */
describe('GET /api/health/system', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());

  it('shows each source’s last run, the classifier in use and the accounts by role', async () => {
    const admin = await signInAs(t, 'admin');
    await signInAs(t, 'comms');
    const disabled = await signInAs(t, 'comms');
    await admin.agent.patch(`/api/users/${disabled.user.id}`).send({ disabled: true }).expect(200);
    const [demo] = await t.db.query(`SELECT id::text FROM sources WHERE kind = 'demo'`);
    await t.db.query(
      `INSERT INTO ingest_runs (source_id, started_at, finished_at, status, fetched, inserted, error)
       VALUES ($1, now() - interval '5 minutes', now() - interval '4 minutes', 'failed', 0, 0, 'connection refused')`,
      [demo.id],
    );

    const { body } = (await admin.agent.get('/api/health/system').expect(200)) as { body: SystemHealth };
    expect(body.database).toBe('up');
    const source = body.sources.find((s) => s.id === demo.id)!;
    expect(source).toMatchObject({ kind: 'demo', health: { lastRunStatus: 'failed' } });
    expect(source.health.lastRunAt).not.toBeNull();
    expect(body.classifier.modelVersion).toMatch(/\S/);
    expect(body.classifier.macroF1).toBeGreaterThan(0);
    expect(body.users).toMatchObject({
      total: 3,
      enabled: 2,
      byRole: { admin: 1, comms: 1, manager: 0, discipline: 0 },
    });
  });
});
