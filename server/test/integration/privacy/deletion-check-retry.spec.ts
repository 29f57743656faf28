import { Clock } from '../../../src/common/clock';
import { IngestService } from '../../../src/ingest/ingest.service';
import { nextCheckAt } from '../../../src/privacy/deletion-check-schedule';
import { PlatformDeletionsService } from '../../../src/privacy/platform-deletions.service';
import { fakeXIds, type FakeXServer, startFakeX } from '../../../tools/fakes/x/fake-x.server';
import { newTestApp, type TestApp } from '../../support/test-app';

jest.setTimeout(900_000);

const MINUTE = 60_000;

describe('a failed platform deletion check is retried soon, not a day later (fake X over HTTP)', () => {
  let fake: FakeXServer;
  let t: TestApp;
  let deletions: PlatformDeletionsService;
  let now: Date;
  const ids = fakeXIds(20);

  beforeAll(async () => {
    fake = await startFakeX({ posts: 20 });
    t = await newTestApp({ env: { X_BEARER_TOKEN: 'test-token', X_API_BASE_URL: fake.url, DEMO: 'off' } });
    const [row] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'x'`)) as { id: string }[];
    await t.app.get(IngestService).runSource(row!.id, { force: true });
    deletions = t.app.get(PlatformDeletionsService);
    now = new Date(Date.now() + MINUTE);
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => now);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
    await fake.close();
  });

  const stored = async (externalId: string) =>
    ((await t.db.query(`SELECT 1 FROM mentions WHERE external_id = $1`, [externalId])) as unknown[]).length === 1;

  it('X answers 503: the check fails, then runs again after the first backoff and removes the deleted post', async () => {
    fake.deleteIds([ids[7]!]);
    fake.set({ lookupFailures: 1 });
    const [failed] = await deletions.runDue();
    expect(failed).toMatchObject({ platform: 'x', status: 'failed', error: 'X API answered HTTP 503' });
    expect(await stored(ids[7]!)).toBe(true);

    now = new Date(now.getTime() + 14 * MINUTE);
    expect(await deletions.runDue()).toEqual([]);
    now = new Date(now.getTime() + 2 * MINUTE);
    const [retried] = await deletions.runDue();
    expect(retried).toMatchObject({ platform: 'x', status: 'ok', checked: 20, removed: 1 });
    expect(await stored(ids[7]!)).toBe(false);
    expect(fake.lookups).toHaveLength(2);

    // A good check is not repeated for a day.
    now = new Date(now.getTime() + 23 * 60 * MINUTE);
    expect(await deletions.runDue()).toEqual([]);
    now = new Date(now.getTime() + 61 * MINUTE);
    expect(await deletions.runDue()).toEqual([expect.objectContaining({ status: 'ok' })]);
  });

  it('doubles the wait with each failure in a row, up to a day', () => {
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1) + minutes * MINUTE);
    const failed = (minutes: number) => ({
      status: 'failed' as const,
      startedAt: at(minutes),
      finishedAt: at(minutes),
    });
    const ok = { status: 'ok' as const, startedAt: at(-100), finishedAt: at(-99) };
    expect(nextCheckAt([], 15 * MINUTE)).toBeNull();
    expect(nextCheckAt([ok], 15 * MINUTE)).toEqual(at(-100 + 24 * 60));
    expect(nextCheckAt([failed(0), ok], 15 * MINUTE)).toEqual(at(15));
    expect(nextCheckAt([failed(30), failed(0), ok], 15 * MINUTE)).toEqual(at(60));
    expect(nextCheckAt([failed(90), failed(30), failed(0), ok], 15 * MINUTE)).toEqual(at(150));
    const many = Array.from({ length: 12 }, (_, i) => failed(-i));
    expect(nextCheckAt(many, 15 * MINUTE)).toEqual(at(24 * 60));
  });
});
