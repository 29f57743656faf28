import { Clock } from '../../../src/common/clock';
import { RetentionService } from '../../../src/privacy/retention.service';
import { createUser, signIn } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';
import { exists, newCase, rollupTotals } from './privacy-fixtures';

const DAY = 86_400_000;
const T0 = new Date('2026-01-10T12:00:00Z');
const at = (days: number, extraMs = 0) => new Date(T0.getTime() + days * DAY + extraMs);

jest.setTimeout(900_000);

describe('the retention schedule', () => {
  let t: TestApp;
  let now: Date;
  let retention: RetentionService;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await newTestApp();
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => now);
    retention = t.app.get(RetentionService);
    const user = await createUser(t, 'comms');
    const mention = (over: Parameters<typeof newMention>[1] = {}) =>
      newMention(t, { ingestedAt: T0, postedAt: T0, text: 'A post #OpenUniversity https://www.open.ac.uk', ...over });
    const harmless = await mention();
    const flagged = await mention({ categories: [{ category: 'disrepute', score: 0.9 }] });
    const marked = await mention();
    await t.db.query(`INSERT INTO mention_marks (mention_id, user_id, mark) VALUES ($1, $2, 'no_action')`, [
      marked.id,
      user.id,
    ]);
    const hidden = await mention({ status: 'hidden' });
    const openCase = await mention({ status: 'escalated' });
    const closedCase = await mention({ status: 'escalated' });
    const heldCase = await mention({ status: 'escalated' });
    ids = {
      harmless: harmless.id,
      flagged: flagged.id,
      marked: marked.id,
      hidden: hidden.id,
      openCase: openCase.id,
      closedCase: closedCase.id,
      heldCase: heldCase.id,
      openCaseEscalation: await newCase(t, openCase.id),
      closedCaseEscalation: await newCase(t, closedCase.id, { status: 'closed', closedAt: T0 }),
      heldCaseEscalation: await newCase(t, heldCase.id, { status: 'closed', closedAt: T0, held: true }),
    };
    const [q] = (await t.db.query(
      `INSERT INTO quarantine (platform, payload, error, created_at) VALUES ('x', '{"raw": true}', 'bad', $1) RETURNING id::text`,
      [T0],
    )) as { id: string }[];
    ids.quarantine = q!.id;
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  const alive = async () => {
    const state: Record<string, boolean> = {};
    for (const name of ['harmless', 'flagged', 'marked', 'hidden', 'openCase', 'closedCase', 'heldCase'])
      state[name] = await exists(t, 'mentions', ids[name]!);
    state.closedCaseEscalation = await exists(t, 'escalations', ids.closedCaseEscalation!);
    state.heldCaseEscalation = await exists(t, 'escalations', ids.heldCaseEscalation!);
    state.quarantine = await exists(t, 'quarantine', ids.quarantine!);
    return state;
  };

  it('deletes each class on its day and not before, leaves open and held cases, and keeps the trends', async () => {
    const rollups = await rollupTotals(t);
    expect(rollups.daily).toBe(7);

    now = at(6, 23 * 3_600_000);
    await retention.run();
    expect((await alive()).quarantine).toBe(true);

    now = at(7, 60_000);
    await retention.run();
    expect((await alive()).quarantine).toBe(false);

    now = at(30);
    await retention.run();
    expect((await alive()).harmless).toBe(true);

    now = at(30, 60_000);
    const dry = await retention.run({ dryRun: true });
    expect(dry).toEqual({ dryRun: true, counts: expect.objectContaining({ harmless: 1, flagged: 0, acted: 0 }) });
    expect((await alive()).harmless).toBe(true);
    await retention.run();
    expect(await alive()).toMatchObject({ harmless: false, flagged: true, marked: true, hidden: true });

    now = at(365);
    await retention.run();
    expect(await alive()).toMatchObject({ flagged: true, marked: true, hidden: true });

    now = at(365, 60_000);
    await retention.run();
    expect(await alive()).toMatchObject({ flagged: false, marked: false, hidden: false, closedCase: true });

    now = at(2192);
    await retention.run();
    expect((await alive()).closedCase).toBe(true);

    now = at(2192, 60_000);
    const result = await retention.run();
    expect(result).toEqual({ dryRun: false, counts: expect.objectContaining({ closedCase: 1 }) });
    expect(await alive()).toMatchObject({
      closedCase: false,
      closedCaseEscalation: false,
      openCase: true,
      heldCase: true,
      heldCaseEscalation: true,
    });

    now = at(20_000);
    await retention.run();
    expect(await alive()).toMatchObject({ openCase: true, heldCase: true, heldCaseEscalation: true });

    expect(await rollupTotals(t)).toEqual(rollups);
  });

  it('writes one audit row per pass, with the counts per class and no post', async () => {
    const rows = (await t.db.query(
      `SELECT details FROM audit_log WHERE action = 'privacy.retention_run' ORDER BY id`,
    )) as { details: { counts: Record<string, number> } }[];
    const runs = (await t.db.query(`SELECT count(*)::int AS n FROM retention_runs`)) as { n: number }[];
    expect(rows).toHaveLength(runs[0]!.n);
    const total = (key: string) => rows.reduce((sum, r) => sum + (r.details.counts[key] ?? 0), 0);
    expect({
      harmless: total('harmless'),
      flagged: total('flagged'),
      acted: total('acted'),
      closedCase: total('closedCase'),
      rawPayload: total('rawPayload'),
    }).toEqual({ harmless: 1, flagged: 1, acted: 2, closedCase: 1, rawPayload: 1 });
    expect(JSON.stringify(rows)).not.toMatch(/OpenUniversity|student/);
  });

  it('clears sign-in throttle windows that ended long ago, and only those', async () => {
    now = new Date();
    await t.db.query(
      `INSERT INTO sign_in_throttle (key, window_started_at, failures)
       VALUES ('ip:10.1.1.1', $1, 3), ('ip:10.1.1.2', $2, 1)`,
      [new Date(now.getTime() - 2 * DAY), new Date(now.getTime() - 10 * 60_000)],
    );
    await retention.run();
    const keys = (await t.db.query(`SELECT key FROM sign_in_throttle ORDER BY key`)) as { key: string }[];
    expect(keys.map((k) => k.key)).toEqual(['ip:10.1.1.2']);
  });

  it('skips a pass while another replica holds the lock', async () => {
    const runner = t.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock(7404018, 1)');
      expect(await retention.run()).toEqual({ skipped: 'locked' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock(7404018, 1)');
      await runner.release();
    }
  });

  it("the queue counts what it can list: posts retention removed stay in Trends' counts, not the queue's", async () => {
    const agent = await signIn(t, await createUser(t, 'comms'));
    const every = 'status=new,reviewed,dismissed,escalated,hidden';
    const listed = (await agent.get(`/api/mentions?${every}&limit=50`).expect(200)).body.items;
    expect(listed.map((m: { id: string }) => m.id).sort()).toEqual([ids.openCase, ids.heldCase].sort());
    const summary = (await agent.get(`/api/mentions/summary?${every}`).expect(200)).body;
    expect(summary.total).toBe(2);
    expect(summary.byCategory.disrepute ?? 0).toBe(0);
    expect((await rollupTotals(t)).daily).toBe(7);
  });
});
