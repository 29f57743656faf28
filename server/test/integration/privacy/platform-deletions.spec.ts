import { Clock } from '../../../src/common/clock';
import { IngestService } from '../../../src/ingest/ingest.service';
import { PlatformDeletionsService } from '../../../src/privacy/platform-deletions.service';
import { fakeXIds, type FakeXServer, startFakeX } from '../../../tools/fakes/x/fake-x.server';
import { newTestApp, type TestApp } from '../../support/test-app';
import { newCase, rollupTotals } from './privacy-fixtures';

jest.setTimeout(900_000);

describe('platform deletions (against the fake X API over HTTP)', () => {
  let fake: FakeXServer;
  let t: TestApp;
  let deletions: PlatformDeletionsService;
  const ids = fakeXIds(230);
  const mentionOf = async (externalId: string) =>
    ((await t.db.query(`SELECT id::text FROM mentions WHERE external_id = $1`, [externalId])) as { id: string }[])[0]
      ?.id;

  beforeAll(async () => {
    fake = await startFakeX({ posts: 230 });
    t = await newTestApp({ env: { X_BEARER_TOKEN: 'test-token', X_API_BASE_URL: fake.url, DEMO: 'off' } });
    const [row] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'x'`)) as { id: string }[];
    await t.app.get(IngestService).runSource(row!.id, { force: true });
    deletions = t.app.get(PlatformDeletionsService);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
    await fake.close();
  });

  it('checks X among the platforms whose connector offers the look-up', () => {
    expect(deletions.checkable()).toContain('x');
  });

  it('removes posts X reports deleted, keeps a held case’s snapshot marked, and leaves the trends', async () => {
    const heldMention = (await mentionOf(ids[10]!))!;
    const openMention = (await mentionOf(ids[11]!))!;
    const heldCase = await newCase(t, heldMention, { held: true });
    const openCase = await newCase(t, openMention);
    const rollups = await rollupTotals(t);
    fake.deleteIds([ids[3]!, ids[10]!, ids[11]!, ids[150]!, ids[229]!]);

    const stored = (await t.db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE is_demo)::int AS demo, min(ingested_at) AS first FROM mentions`,
    )) as { n: number }[];
    expect(stored[0]).toMatchObject({ n: 230, demo: 0 });
    const [result] = await deletions.runAll('x');
    expect(result).toEqual({ platform: 'x', status: 'ok', checked: 230, removed: 5, keptHeld: 1, error: null });
    // 230 stored posts in batches of at most 100 ids: three look-ups.
    expect(fake.lookups.map((q) => q.get('ids')!.split(',').length)).toEqual([100, 100, 30]);

    const left = (await t.db.query(`SELECT external_id FROM mentions WHERE external_id = ANY($1)`, [
      [ids[3], ids[10], ids[11], ids[150], ids[229], ids[4]],
    ])) as { external_id: string }[];
    expect(left.map((r) => r.external_id)).toEqual([ids[4]]);
    const [held] = (await t.db.query(
      `SELECT evidence->>'externalId' AS external_id, deleted_on_platform_at FROM escalations WHERE id = $1`,
      [heldCase],
    )) as { external_id: string; deleted_on_platform_at: Date | null }[];
    expect(held).toMatchObject({ external_id: ids[10] });
    expect(held!.deleted_on_platform_at).toBeInstanceOf(Date);
    expect(await t.db.query(`SELECT 1 FROM escalations WHERE id = $1`, [openCase])).toEqual([]);
    expect(await rollupTotals(t)).toEqual(rollups);

    const [check] = (await t.db.query(`SELECT status, checked, removed, kept_held FROM deletion_checks`)) as object[];
    expect(check).toEqual({ status: 'ok', checked: 230, removed: 5, kept_held: 1 });
    const [audit] = (await t.db.query(`SELECT details FROM audit_log WHERE action = 'privacy.platform_deletions'`)) as {
      details: object;
    }[];
    expect(audit!.details).toMatchObject({ platform: 'x', removed: 5, keptHeld: 1 });
  });

  it('re-checks only the posts stored in the last 30 days', async () => {
    fake.lookups.length = 0;
    const later = new Date(Date.now() + 31 * 86_400_000);
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => later);
    const [result] = await deletions.runAll('x');
    expect(result).toMatchObject({ status: 'ok', checked: 0, removed: 0 });
    expect(fake.lookups).toHaveLength(0);
  });

  it('stops and records a rate limit', async () => {
    jest.restoreAllMocks();
    fake.set({ rateLimited: 1 });
    const [result] = await deletions.runAll('x');
    expect(result).toMatchObject({ status: 'rate_limited', checked: 0 });
  });
});
