import { createUser, signInAs, type SignedIn } from '../../support/auth';
import { newTestApp, type TestApp } from '../../support/test-app';

/** Audit rows of an update name only the fields whose value changed (issue 12, finding 13). */
describe('audit rows of updates record only what changed', () => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await newTestApp();
    admin = await signInAs(t, 'admin');
  });
  afterAll(() => t.close());

  async function auditRows(action: string, targetId: string): Promise<Record<string, unknown>[]> {
    const rows: { details: Record<string, unknown> }[] = await t.db.query(
      `SELECT details FROM audit_log WHERE action = $1 AND target_id = $2 ORDER BY id`,
      [action, targetId],
    );
    return rows.map((r) => r.details);
  }

  it('PATCH /api/sources/:id: an unchanged interval is not recorded; a no-op writes no row', async () => {
    const [source] = await t.db.query(
      `SELECT id::text AS id, poll_interval_seconds AS interval FROM sources WHERE kind = 'demo'`,
    );
    await admin.agent
      .patch(`/api/sources/${source.id}`)
      .send({ enabled: false, pollIntervalSeconds: source.interval })
      .expect(200);
    await admin.agent.patch(`/api/sources/${source.id}`).send({ enabled: false }).expect(200);
    await admin.agent.patch(`/api/sources/${source.id}`).send({ pollIntervalSeconds: 600 }).expect(200);
    expect(await auditRows('source.update', source.id)).toEqual([
      { before: { enabled: true }, after: { enabled: false } },
      { before: { pollIntervalSeconds: source.interval }, after: { pollIntervalSeconds: 600 } },
    ]);
  });

  it('PATCH /api/watch-queries/:id: only the changed fields, arrays compared by value', async () => {
    const [query] = await admin.agent
      .get('/api/watch-queries')
      .expect(200)
      .then((r) => r.body as { id: string; name: string; phrases: string[]; includeReposts: boolean }[]);
    await admin.agent
      .patch(`/api/watch-queries/${query!.id}`)
      .send({ name: query!.name, phrases: [...query!.phrases], includeReposts: !query!.includeReposts })
      .expect(200);
    await admin.agent.patch(`/api/watch-queries/${query!.id}`).send({ name: query!.name }).expect(200);
    expect(await auditRows('watch_query.update', query!.id)).toEqual([
      { before: { includeReposts: query!.includeReposts }, after: { includeReposts: !query!.includeReposts } },
    ]);
  });

  it('PATCH /api/users/:id: an unchanged role is not recorded', async () => {
    const user = await createUser(t, 'comms');
    await admin.agent.patch(`/api/users/${user.id}`).send({ role: 'comms', displayName: 'Renamed' }).expect(200);
    await admin.agent.patch(`/api/users/${user.id}`).send({ role: 'comms', disabled: false }).expect(200);
    await admin.agent.patch(`/api/users/${user.id}`).send({ disabled: true }).expect(200);
    expect(await auditRows('user.update', user.id)).toEqual([
      { before: { displayName: 'Test comms' }, after: { displayName: 'Renamed' } },
    ]);
    expect(await auditRows('user.disable', user.id)).toEqual([
      { before: { disabled: false }, after: { disabled: true }, endedSessions: 0 },
    ]);
    expect(await auditRows('user.enable', user.id)).toEqual([]);
  });
});
