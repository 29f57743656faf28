import { loadConfig } from '../../../src/config/app-config';
import { signInAs, type SignedIn } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

type Bucket = { start: string; total: number; counts: Record<string, number>; average?: Record<string, number> };
type Duration = { start: string; n: number; p50Seconds: number | null; p90Seconds: number | null };

/** Noon UTC on a January day: the same London day whatever the clock change. */
const noon = (day: string) => `${day}T12:00:00Z`;
const minutes = (iso: string, n: number) => new Date(Date.parse(iso) + n * 60_000).toISOString();

/**
 * Issue 20's three questions against real rows: is it getting worse (moving average, sane changes),
 * where (top authors, ties), are we fast enough (time to first action, backlog, escalations, replies
 * on our own accounts), and every figure drills down to exactly the queue's mentions.
 */
describe('trends: worse, where, fast enough', () => {
  let t: TestApp;
  let manager: SignedIn;
  let comms: SignedIn;

  beforeAll(async () => {
    t = await newTestApp({ env: { TRENDS_TARGET_FIRST_ACTION_MINUTES: '120' } });
    manager = await signInAs(t, 'manager');
    comms = await signInAs(t, 'comms');
  });
  afterAll(() => t.close());

  const get = (path: string) => manager.agent.get(`/api/trends/${path}`);
  const litigation = [{ category: 'litigation' as const, score: 0.9 }];

  describe('worse?', () => {
    beforeAll(async () => {
      // 2029-01-01 … 01-07: 1, 2, 3, 4, 5, 6, 7 litigation posts; the 8th has 14.
      for (let day = 1; day <= 8; day += 1) {
        const n = day === 8 ? 14 : day;
        for (let i = 0; i < n; i += 1)
          await newMention(t, { postedAt: noon(`2029-01-0${day}`), categories: litigation, authorHandle: null });
      }
    });

    it('gives each day its 7-day trailing mean, counting the days before the range', async () => {
      const res = await get('volume?from=2029-01-07&to=2029-01-08&interval=day&groupBy=category&average=true').expect(
        200,
      );
      const [jan7, jan8] = res.body.buckets as Bucket[];
      expect(jan7!.counts.litigation).toBe(7);
      expect(jan7!.average!.litigation).toBe(4); // (1+…+7)/7
      expect(jan8!.counts.litigation).toBe(14);
      expect(jan8!.average!.litigation).toBe(5.86); // (2+…+7+14)/7 = 41/7, to two places
      expect(jan8!.average!.none).toBe(0);
    });

    it('describes a change from next to nothing as counts or "new", never a giant percentage', async () => {
      // 2029-01-08 against 2029-01-07: 14 from 7.
      const small = await get('summary?from=2029-01-08&to=2029-01-08').expect(200);
      expect(small.body.changes.flagged).toEqual({ kind: 'count', difference: 7, text: '+7, from 7' });
      expect(small.body.changes['category:safeguarding']).toEqual({ kind: 'none', text: 'none in either period' });
      // 2029-01-01 against 2028-12-31 (nothing): new.
      const fresh = await get('summary?from=2029-01-01&to=2029-01-01').expect(200);
      expect(fresh.body.changes.mentions).toEqual({ kind: 'new', text: 'new: 1, none before' });
      // 2029-01-05…08 (32) against 01-01…04 (10): still counts below a base of 20.
      const four = await get('summary?from=2029-01-05&to=2029-01-08').expect(200);
      expect(four.body.changes.flagged.text).toBe('+22, from 10');
      expect(JSON.stringify([small.body.changes, fresh.body.changes, four.body.changes])).not.toMatch(/\d{4,}%/);
    });

    it('opens exactly the mentions behind a point: the queue counts what the chart counts', async () => {
      await newMention(t, { postedAt: noon('2029-01-08'), categories: litigation, status: 'hidden' });
      await newMention(t, {
        postedAt: noon('2029-01-08'),
        categories: [{ category: 'disrepute', score: 0.95 }, ...litigation],
      });
      await newMention(t, { postedAt: noon('2029-01-08'), platform: 'mastodon', categories: litigation });
      const chart = await get('volume?from=2029-01-08&to=2029-01-08&interval=day&groupBy=category').expect(200);
      const point = (chart.body.buckets as Bucket[])[0]!.counts.litigation!;
      expect(point).toBe(16); // 14 + the hidden one + the mastodon one; the disrepute-first one is disrepute's
      const drill = new URLSearchParams({
        status: 'new,reviewed,escalated,hidden',
        topCategory: 'litigation',
        from: '2029-01-08T00:00:00.000Z',
        to: '2029-01-08T23:59:59.999Z',
        limit: '100',
      });
      const queue = await comms.agent.get(`/api/mentions?${drill}`).expect(200);
      expect(queue.body.items).toHaveLength(point);
      // A manager, who does not see the queue, is told the same number by the queue's own count.
      drill.delete('limit');
      const counted = await get(`drill-down?${drill}`).expect(200);
      // Counted row by row (topCategory is not in the rollups) and below the limit, so exact.
      expect(counted.body.total).toBe(point);
      expect(counted.body.countLimit === null || counted.body.total < counted.body.countLimit).toBe(true);
      await manager.agent.get(`/api/mentions?${drill}`).expect(403);
      // Counts, never whether a named person or a phrase posted (issue 18).
      for (const probe of ['author=student1', 'q=wake%20up']) {
        const refused = await get(`drill-down?${drill}&${probe}`).expect(403);
        expect(refused.body.message).toMatch(/not by author or by words/);
      }
      // Category × platform drills the same way, with the platform.
      const matrix = await get('matrix?from=2029-01-08&to=2029-01-08').expect(200);
      const row = (matrix.body.rows as { category: string; counts: Record<string, number> }[]).find(
        (r) => r.category === 'litigation',
      )!;
      expect(row.counts).toEqual({ mastodon: 1, x: 15 });
      drill.set('platform', 'mastodon');
      const onMastodon = await comms.agent.get(`/api/mentions?${drill}`).expect(200);
      expect(onMastodon.body.items).toHaveLength(row.counts.mastodon!);
      await comms.agent.get('/api/mentions?topCategory=everything').expect(400);
    });
  });

  describe('where?', () => {
    it('ranks authors by flagged mentions, ties to the most recently flagged, each drilling to their mentions', async () => {
      await newMention(t, { postedAt: noon('2029-03-01'), authorHandle: 'early', categories: litigation });
      await newMention(t, { postedAt: noon('2029-03-05'), authorHandle: 'late', categories: litigation });
      await newMention(t, { postedAt: noon('2029-03-03'), authorHandle: 'middle', categories: litigation });
      await newMention(t, { postedAt: noon('2029-03-02'), authorHandle: 'middle' });
      await newMention(t, { postedAt: noon('2029-03-04'), authorHandle: 'quiet' });
      const admin = await signInAs(t, 'admin');
      const named = await admin.agent.get('/api/trends/top?from=2029-03-01&to=2029-03-31&by=author').expect(200);
      expect(named.body.items).toEqual([
        { key: 'late', platform: 'x', mentions: 1, flagged: 1, lastFlagged: '2029-03-05' },
        { key: 'middle', platform: 'x', mentions: 2, flagged: 1, lastFlagged: '2029-03-03' },
        { key: 'early', platform: 'x', mentions: 1, flagged: 1, lastFlagged: '2029-03-01' },
      ]);
      // A manager sees the same ranking and counts, not who (issue 18).
      const masked = await get('top?from=2029-03-01&to=2029-03-31&by=author').expect(200);
      expect(masked.body.items.map((i: { key: string; flagged: number }) => [i.key, i.flagged])).toEqual([
        ['Author 1', 1],
        ['Author 2', 1],
        ['Author 3', 1],
      ]);
      const queue = await comms.agent
        .get('/api/mentions?status=new,reviewed,escalated,hidden&author=middle&from=2029-03-01&to=2029-03-31')
        .expect(200);
      expect(queue.body.items).toHaveLength(2);
    });

    it('drops an author from the rollup when their posts are deleted, retention included', async () => {
      const gone = await newMention(t, {
        postedAt: noon('2029-04-02'),
        authorHandle: 'leaver',
        categories: litigation,
      });
      await t.db.query(`BEGIN`);
      await t.db.query(`SELECT set_config('ou.keep_rollups', 'on', true)`);
      await t.db.query(`DELETE FROM mentions WHERE id = $1`, [gone.id]);
      await t.db.query(`COMMIT`);
      const rows = await t.db.query(`SELECT * FROM mention_author_days WHERE author_handle = 'leaver'`);
      expect(rows).toEqual([]);
      const volume = await get('volume?from=2029-04-02&to=2029-04-02&groupBy=category').expect(200);
      expect((volume.body.buckets as Bucket[])[0]!.counts.litigation).toBe(1); // the counts stay
    });
  });

  describe('fast enough?', () => {
    beforeAll(async () => {
      const ingested = '2029-05-01T09:00:00Z';
      // Litigation acted on after 10, 20, …, 100 minutes; one safeguarding after 5; one never.
      for (let i = 1; i <= 10; i += 1) {
        const m = await newMention(t, { postedAt: ingested, ingestedAt: ingested, categories: litigation });
        await t.db.query(`INSERT INTO mention_marks (mention_id, mark, created_at) VALUES ($1, 'no_action', $2)`, [
          m.id,
          minutes(ingested, i * 10),
        ]);
      }
      const urgent = await newMention(t, {
        postedAt: ingested,
        ingestedAt: ingested,
        categories: [{ category: 'safeguarding', score: 0.99 }],
      });
      await t.db.query(`INSERT INTO mention_marks (mention_id, mark, created_at) VALUES ($1, 'needs_follow_up', $2)`, [
        urgent.id,
        minutes(ingested, 5),
      ]);
    });

    it('gives p50 and p90 time to first action per bucket, per category, against the configured targets', async () => {
      const res = await get('response?from=2029-05-01&to=2029-05-02&interval=day').expect(200);
      const all = res.body.firstAction.all as Duration[];
      expect(all.map((b) => b.start)).toEqual(['2029-05-01', '2029-05-02']);
      expect(all[0]).toMatchObject({ n: 11 });
      const lit = (res.body.firstAction.litigation as Duration[])[0]!;
      expect(lit).toEqual({ start: '2029-05-01', n: 10, p50Seconds: 55 * 60, p90Seconds: 91 * 60 });
      expect((res.body.firstAction.safeguarding as Duration[])[0]).toMatchObject({ n: 1, p50Seconds: 300 });
      expect(all[1]).toEqual({ start: '2029-05-02', n: 0, p50Seconds: null, p90Seconds: null });
      expect(res.body.targets).toEqual({
        firstActionMinutes: 120,
        urgentFirstActionMinutes: 15,
        ownAccountResponseMinutes: 480,
        escalationAcknowledgeMinutes: 1440,
      });
    });

    it('counts the backlog now and at the end of each day, and ages the oldest untriaged', async () => {
      const old = new Date(Date.now() - 3 * 3_600_000).toISOString();
      const before = (await get('response?from=2029-05-01&to=2029-05-01').expect(200)).body.backlogNow;
      await newMention(t, { postedAt: old, ingestedAt: old, categories: litigation });
      const res = await get('response?from=2029-05-01&to=2029-05-01').expect(200);
      expect(res.body.backlogNow.open).toBe(before.open + 1);
      expect(res.body.backlogNow.unassigned).toBe(before.unassigned + 1);
      expect(res.body.backlogNow.untriaged).toBe(before.untriaged + 1);
      expect(res.body.backlogNow.oldestUntriagedSeconds).toBeGreaterThanOrEqual(3 * 3600);
      // Litigation is not urgent: nothing more waits that must reach a person in minutes.
      expect(res.body.backlogNow.urgentWaiting).toBe(before.urgentWaiting);
      const open = await comms.agent.get('/api/mentions?topCategory=any&limit=100').expect(200);
      expect(open.body.items).toHaveLength(res.body.backlogNow.open);
      // At the end of 1 May, every flagged mention ingested by then and not yet acted on is waiting.
      const [waiting] = await t.db.query(
        `SELECT count(*)::int AS n FROM mentions WHERE top_category IS NOT NULL
           AND ingested_at < '2029-05-02T00:00:00Z' AND (first_action_at IS NULL OR first_action_at >= '2029-05-02T00:00:00Z')`,
      );
      expect(res.body.backlog).toEqual([{ start: '2029-05-01', waiting: waiting.n }]);
      expect(waiting.n).toBeGreaterThan(0);
    });

    it('counts the safeguarding and threat mentions nobody has acted on, and ages the longest wait', async () => {
      const before = (await get('response?from=2029-05-01&to=2029-05-01').expect(200)).body.backlogNow;
      const fortyMinutesAgo = new Date(Date.now() - 40 * 60_000).toISOString();
      const waiting = await newMention(t, {
        ingestedAt: fortyMinutesAgo,
        categories: [{ category: 'threat', score: 0.9 }],
      });
      await newMention(t, { categories: [{ category: 'safeguarding', score: 0.8 }], status: 'reviewed' });
      const now = (await get('response?from=2029-05-01&to=2029-05-01').expect(200)).body.backlogNow;
      // The reviewed one has had its first look; the new threat has not.
      expect(now.urgentWaiting).toBe(before.urgentWaiting + 1);
      expect(now.oldestUrgentWaitingSeconds).toBeGreaterThanOrEqual(40 * 60);
      await t.db.query(`UPDATE mentions SET status = 'reviewed' WHERE id = $1`, [waiting.id]);
      expect((await get('response?from=2029-05-01&to=2029-05-01').expect(200)).body.backlogNow.urgentWaiting).toBe(
        before.urgentWaiting,
      );
    });

    it('times escalations to acknowledgement and close', async () => {
      const [e] = await t.db.query(
        `INSERT INTO escalations (reason, severity, evidence, evidence_sha256, created_at)
         VALUES ('test', 'high', '{}', 'x', '2029-05-01T10:00:00Z') RETURNING id`,
      );
      await t.db.query(`UPDATE escalations SET status = 'acknowledged', updated_at = now() WHERE id = $1`, [e.id]);
      await t.db.query(`UPDATE escalations SET acknowledged_at = '2029-05-01T12:00:00Z' WHERE id = $1`, [e.id]);
      await t.db.query(
        `UPDATE escalations SET status = 'closed', outcome = 'other', closed_at = '2029-05-02T10:00:00Z' WHERE id = $1`,
        [e.id],
      );
      const [row] = await t.db.query(`SELECT acknowledged_at FROM escalations WHERE id = $1`, [e.id]);
      expect(row.acknowledged_at.toISOString()).toBe('2029-05-01T12:00:00.000Z'); // the first time stays
      const res = await get('response?from=2029-05-01&to=2029-05-01').expect(200);
      expect(res.body.escalations.acknowledge).toEqual({ n: 1, p50Seconds: 7200, p90Seconds: 7200 });
      expect(res.body.escalations.close).toEqual({ n: 1, p50Seconds: 86400, p90Seconds: 86400 });
    });

    it('times our replies to comments on our own accounts (7.3 "timely fashion")', async () => {
      const posted = '2029-06-01T08:00:00Z';
      const replied = await newMention(t, { postedAt: posted, ingestedAt: posted });
      const marked = await newMention(t, { postedAt: posted, ingestedAt: posted });
      const waiting = await newMention(t, { postedAt: posted, ingestedAt: posted });
      await newMention(t, { postedAt: posted }); // not on our account: not counted
      await t.db.query(`UPDATE mentions SET on_own_account = true WHERE id = ANY($1::bigint[])`, [
        [replied.id, marked.id, waiting.id],
      ]);
      await t.db.query(
        `INSERT INTO platform_actions (mention_id, platform, kind, target_id, status, settled_at)
         VALUES ($1, 'facebook', 'reply', 'c1', 'done', $2), ($1, 'facebook', 'reply', 'c1', 'failed', $3)`,
        [replied.id, minutes(posted, 30), minutes(posted, 10)],
      );
      await t.db.query(`INSERT INTO mention_marks (mention_id, mark, created_at) VALUES ($1, 'responded', $2)`, [
        marked.id,
        minutes(posted, 90),
      ]);
      const res = await get('response?from=2029-06-01&to=2029-06-01').expect(200);
      expect(res.body.ownAccountResponse).toEqual([{ start: '2029-06-01', n: 2, p50Seconds: 3600, p90Seconds: 5040 }]);
      expect(res.body.ownAccountUnanswered).toBe(1);
      const csv = await get('export.csv?dataset=response&from=2029-06-01&to=2029-06-01').expect(200);
      expect(csv.text).toContain('own_account_response,2029-06-01,2,3600,5040');
    });
  });

  it('refuses a bad target at start-up, naming the variable', () => {
    expect(() => loadConfig({ ...t.env, TRENDS_TARGET_FIRST_ACTION_MINUTES: 'soon' })).toThrow(
      /TRENDS_TARGET_FIRST_ACTION_MINUTES must be a whole number of minutes/,
    );
    expect(() =>
      loadConfig({
        ...t.env,
        TRENDS_TARGET_FIRST_ACTION_MINUTES: '10',
        TRENDS_TARGET_URGENT_FIRST_ACTION_MINUTES: '60',
      }),
    ).toThrow(/must not be longer than TRENDS_TARGET_FIRST_ACTION_MINUTES/);
  });
});
