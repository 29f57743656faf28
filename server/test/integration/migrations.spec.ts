import { newTestApp, type TestApp } from '../support/test-app';

const CORE_TABLES = [
  'audit_log',
  'classifications',
  'escalations',
  'ingest_runs',
  'mention_marks',
  'mentions',
  'notes',
  'quarantine',
  'sessions',
  'source_cursors',
  'sources',
  'users',
  'watch_queries',
];

async function tables(t: TestApp): Promise<string[]> {
  const rows: { table_name: string }[] = await t.db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'
     ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());

  it('create the core tables of the data model at start-up', async () => {
    expect(await tables(t)).toEqual(expect.arrayContaining(CORE_TABLES));
  });

  it('store a mention once per platform and external id', async () => {
    const insert = `INSERT INTO mentions (platform, external_id, text, posted_at) VALUES ('x', '1', 'hello OU', now())
                    ON CONFLICT (platform, external_id) DO NOTHING RETURNING id`;
    expect(await t.db.query(insert)).toHaveLength(1);
    expect(await t.db.query(insert)).toHaveLength(0);
    const [row] = await t.db.query(
      `SELECT count(*)::int AS n FROM mentions WHERE search @@ plainto_tsquery('english', 'OU')`,
    );
    expect(row.n).toBe(1);
  });

  it('refuse to change or delete audit rows', async () => {
    await t.db.query(`INSERT INTO audit_log (action, hash) VALUES ('test.event', 'h1')`);
    await expect(t.db.query(`UPDATE audit_log SET action = 'edited'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const [row] = await t.db.query(`SELECT action FROM audit_log`);
    expect(row.action).toBe('test.event');
  });

  it('can all be reverted, down to an empty schema, and applied again', async () => {
    const before = await tables(t);
    await t.db.query(`DELETE FROM mentions`);
    // The audit trigger blocks row deletes, not DROP: reverting a migration is an operator's act.
    for (let i = 0; i < t.db.migrations.length; i += 1) await t.db.undoLastMigration({ transaction: 'each' });
    expect(await tables(t)).toEqual([]);
    await t.db.runMigrations({ transaction: 'each' });
    expect(await tables(t)).toEqual(before);
  });
});
