import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
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
  // As the owner: information_schema shows a role only the tables it has rights on.
  const rows = await t.asOwner<{ table_name: string }>(
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

  it('refuse to change or delete audit rows, even to the owner of the table', async () => {
    await t.db.query(`INSERT INTO audit_log (action, hash) VALUES ('test.event', 'h1')`);
    await expect(t.asOwner(`UPDATE audit_log SET action = 'edited'`)).rejects.toThrow(/append-only/);
    await expect(t.asOwner(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.asOwner(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const [row] = await t.db.query(`SELECT action FROM audit_log`);
    expect(row.action).toBe('test.event');
  });

  it("give the app's own login role no way past the audit log's triggers", async () => {
    await expect(t.db.query(`UPDATE audit_log SET action = 'edited'`)).rejects.toThrow(/permission denied/);
    await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/permission denied/);
    await expect(t.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/permission denied/);
    await expect(t.db.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete`)).rejects.toThrow(
      /must be owner/,
    );
    await expect(t.db.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
    await expect(t.db.query(`DELETE FROM migrations`)).rejects.toThrow(/permission denied/);
    // and it still does its work
    await t.db.query(`DELETE FROM mentions WHERE false`);
  });

  it('can all be reverted, down to an empty schema, and applied again', async () => {
    const before = await tables(t);
    await t.db.query(`DELETE FROM mentions`);
    // The audit trigger blocks row deletes, not DROP: reverting a migration is the owner's act.
    const owner = new DataSource(dataSourceOptions(t.ownerUrl, { migrationsRun: false }));
    await owner.initialize();
    try {
      for (let i = 0; i < owner.migrations.length; i += 1) await owner.undoLastMigration({ transaction: 'each' });
      expect(await tables(t)).toEqual([]);
      await owner.runMigrations({ transaction: 'each' });
    } finally {
      await owner.destroy();
    }
    expect(await tables(t)).toEqual(before);
  });
});
