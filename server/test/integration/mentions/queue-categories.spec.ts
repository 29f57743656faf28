import type { QueueSummary } from '@ou-listening/shared';
import { signInAs, type SignedIn } from '../../support/auth';
import { newMention, newMentions } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

/**
 * The queue's denormalised copies (migration QueueCategories): mentions.categories and pinned,
 * kept from classifications by triggers, and mention_category_counts, kept from mentions. Each is
 * checked against a recount from the rows it copies after the kinds of writes the product makes.
 */
describe('the queue keeps its category copies true', () => {
  let t: TestApp;
  let comms: SignedIn;

  beforeEach(async () => {
    t = await newTestApp();
    comms = await signInAs(t, 'comms');
  });
  afterEach(() => t.close());

  /** Mentions whose categories differ from their classifications rows. */
  const categoriesOutOfStep = async () =>
    (await t.db.query(`
      SELECT m.id FROM mentions m
      LEFT JOIN LATERAL (SELECT coalesce(array_agg(category ORDER BY category COLLATE "C"), '{}') AS categories
                           FROM classifications c WHERE c.mention_id = m.id) c ON true
      WHERE m.categories IS DISTINCT FROM c.categories`)) as { id: string }[];

  /** mention_category_counts against a recount from mentions: the rows where they differ. */
  const countsOutOfStep = async () =>
    t.db.query(`
      WITH recount AS (
        SELECT (m.posted_at AT TIME ZONE 'Europe/London')::date AS day, m.platform, k.category, m.status, m.hidden,
               count(*) AS n
        FROM mentions m CROSS JOIN LATERAL unnest(m.categories) AS k(category)
        GROUP BY 1, 2, 3, 4, 5
      ), kept AS (SELECT day, platform, category, status, hidden, n FROM mention_category_counts WHERE n <> 0)
      (SELECT * FROM recount EXCEPT SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT SELECT * FROM recount)`);

  it('copies classifications onto their mention through inserts, updates, deletes and bulk writes', async () => {
    const a = await newMention(t, {
      categories: [
        { category: 'litigation', score: 0.8 },
        { category: 'disrepute', score: 0.5 },
      ],
    });
    const b = await newMention(t, { categories: [{ category: 'safeguarding', score: 0.9 }] });
    const plain = await newMention(t);
    const categoriesOf = async (id: string) =>
      ((await t.db.query(`SELECT categories FROM mentions WHERE id = $1`, [id])) as { categories: string[] }[])[0]!
        .categories;

    expect(await categoriesOf(a.id)).toEqual(['disrepute', 'litigation']);
    expect(await categoriesOf(plain.id)).toEqual([]);

    await t.db.query(`DELETE FROM classifications WHERE mention_id = $1 AND category = 'disrepute'`, [a.id]);
    expect(await categoriesOf(a.id)).toEqual(['litigation']);
    await t.db.query(`UPDATE classifications SET category = 'confidential' WHERE mention_id = $1`, [b.id]);
    expect(await categoriesOf(b.id)).toEqual(['confidential']);

    // One statement over many mentions, as a reclassification would write.
    await newMentions(
      t,
      Array.from({ length: 300 }, (_, i) => ({
        platform: 'bulk',
        text: `post ${i + 1}`,
        postedAt: new Date(Date.now() - (i + 1) * 3600_000),
        categories: [
          { category: i % 2 === 0 ? ('personal_data' as const) : ('academic_misconduct' as const), score: 0.7 },
        ],
      })),
    );
    await t.db.query(`DELETE FROM classifications WHERE mention_id IN (SELECT id FROM mentions WHERE id % 3 = 0)`);
    expect(await categoriesOutOfStep()).toEqual([]);

    await t.asOwner('TRUNCATE classifications');
    expect(await categoriesOutOfStep()).toEqual([]);
  });

  it('pins a new safeguarding mention until someone acts on it', async () => {
    const flagged = await newMention(t, { categories: [{ category: 'safeguarding', score: 0.3 }] });
    const higher = await newMention(t, { categories: [{ category: 'disrepute', score: 0.99 }] });
    const pinned = async () =>
      ((await t.db.query(`SELECT id::text FROM mentions WHERE pinned ORDER BY id`)) as { id: string }[]).map(
        (r) => r.id,
      );
    expect(await pinned()).toEqual([flagged.id]);
    const queue = await comms.agent.get('/api/mentions').expect(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toEqual([flagged.id, higher.id]);

    await comms.agent
      .post(`/api/mentions/${flagged.id}/mark`)
      .send({ mark: 'needs_follow_up', version: flagged.version })
      .expect(200);
    expect(await pinned()).toEqual([]);
    const after = await comms.agent.get('/api/mentions').expect(200);
    expect(after.body.items.map((i: { id: string }) => i.id)).toEqual([higher.id, flagged.id]);
  });

  it('pins a new threat like a safeguarding mention, and finds it under its own category', async () => {
    const threat = await newMention(t, { categories: [{ category: 'threat', score: 0.2 }] });
    const higher = await newMention(t, { categories: [{ category: 'litigation', score: 0.95 }] });
    const queue = await comms.agent.get('/api/mentions').expect(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toEqual([threat.id, higher.id]);
    const [row] = (await t.db.query(`SELECT pinned FROM mentions WHERE id = $1`, [threat.id])) as { pinned: boolean }[];
    expect(row!.pinned).toBe(true);
    const onlyThreats = await comms.agent.get('/api/mentions?category=threat').expect(200);
    expect(onlyThreats.body.items.map((i: { id: string }) => i.id)).toEqual([threat.id]);
    const summary = (await comms.agent.get('/api/mentions/summary').expect(200)).body as QueueSummary;
    expect(summary.byCategory.threat).toBe(1);
  });

  it('keeps the per-category counts right through ingestion, triage, reclassification and deletes', async () => {
    await newMentions(
      t,
      Array.from({ length: 400 }, (_, i) => {
        const g = i + 1;
        return {
          platform: g % 2 === 0 ? 'x' : 'mastodon',
          text: `post ${g}`,
          postedAt: new Date(Date.parse('2026-03-28T12:00:00Z') + (g % 4) * 11 * 3600_000),
          riskScore: 0.6,
          categories: [
            ...(g % 2 === 0 ? [{ category: 'litigation' as const, score: 0.6 }] : []),
            ...(g % 3 === 0 ? [{ category: 'disrepute' as const, score: 0.4 }] : []),
          ],
        };
      }),
    );
    expect(await countsOutOfStep()).toEqual([]);

    await t.db.query(`UPDATE mentions SET status = 'hidden', hidden = true WHERE id % 5 = 0`);
    await t.db.query(`UPDATE mentions SET status = 'reviewed', version = version + 1 WHERE id % 7 = 0`);
    await t.db.query(`UPDATE mentions SET posted_at = posted_at + interval '1 day' WHERE id % 11 = 0`);
    await t.db.query(`DELETE FROM classifications WHERE category = 'disrepute' AND mention_id % 4 = 0`);
    await t.db.query(`DELETE FROM mentions WHERE id % 13 = 0`);
    expect(await countsOutOfStep()).toEqual([]);

    await t.asOwner('TRUNCATE mentions CASCADE');
    expect(await t.db.query(`SELECT * FROM mention_category_counts WHERE n <> 0`)).toEqual([]);
  });

  it('gives the same counts from the rollups (whole London days) as from the mentions themselves', async () => {
    // Either side of the spring clock change (29 March 2026, 01:00 UTC), at times inside each day.
    const posted = ['2026-03-28T23:30:00Z', '2026-03-29T00:30:00Z', '2026-03-29T23:30:00Z', '2026-03-30T10:00:00Z'];
    for (const [i, postedAt] of posted.entries()) {
      await newMention(t, { postedAt, categories: [{ category: 'litigation', score: 0.6 }] });
      await newMention(t, {
        postedAt,
        platform: 'mastodon',
        status: i % 2 ? 'reviewed' : 'new',
        categories: [
          { category: 'disrepute', score: 0.7 },
          { category: 'confidential', score: 0.3 },
        ],
      });
      await newMention(t, { postedAt, status: 'hidden' });
    }
    const summary = async (query: string) =>
      (await comms.agent.get(`/api/mentions/summary?${query}`).expect(200)).body as QueueSummary;
    // What the dashboard sends for 29–30 March in London: from its midnight to the last ms of the 30th.
    const wholeDays = await summary('from=2026-03-29T00:00:00.000Z&to=2026-03-30T22:59:59.999Z');
    // The same instants, but the rollups cannot serve a bound inside a day: counted on mentions.
    const insideDays = await summary('from=2026-03-28T23:59:59.999Z&to=2026-03-30T22:59:59.999Z');
    const counted = ({ total, byCategory, newSinceLastSeen }: QueueSummary) => ({
      total,
      byCategory,
      newSinceLastSeen,
    });
    expect(counted(wholeDays)).toEqual(counted(insideDays));
    expect([wholeDays.countLimit, insideDays.countLimit]).toEqual([null, 1000]);
    expect(wholeDays).toMatchObject({
      total: 6,
      byCategory: { litigation: 3, disrepute: 3, confidential: 3, safeguarding: 0 },
    });
    const mastodon = await summary('platform=mastodon&status=reviewed&from=2026-03-29T00:00:00.000Z');
    expect(mastodon).toMatchObject({ total: 2, byCategory: { litigation: 0, disrepute: 2, confidential: 2 } });
    expect(counted(mastodon)).toEqual(
      counted(await summary('platform=mastodon&status=reviewed&from=2026-03-28T23:00:00.001Z')),
    );
  });

  it('reads a bare date as a London day, in the list and in the counts alike', async () => {
    // In summer London is an hour ahead: 23:30 UTC on 1 June is already 2 June there.
    const late = await newMention(t, {
      postedAt: '2026-06-01T23:30:00Z',
      categories: [{ category: 'disrepute', score: 0.7 }],
    });
    const early = await newMention(t, {
      postedAt: '2026-06-01T22:30:00Z',
      categories: [{ category: 'disrepute', score: 0.7 }],
    });
    const listed = async (query: string) =>
      ((await comms.agent.get(`/api/mentions?${query}`).expect(200)).body as { items: { id: string }[] }).items.map(
        (m) => m.id,
      );
    const total = async (query: string) =>
      ((await comms.agent.get(`/api/mentions/summary?${query}`).expect(200)).body as QueueSummary).total;

    expect(await listed('from=2026-06-02&to=2026-06-02')).toEqual([late.id]);
    expect(await listed('to=2026-06-01')).toEqual([early.id]);
    expect(await total('from=2026-06-02&to=2026-06-02')).toBe(1);
    expect(await total('from=2026-06-01&to=2026-06-01')).toBe(1);
    // An instant is still the instant it names.
    expect(await listed('from=2026-06-01T23:00:00Z')).toEqual([late.id]);
  });

  it('counts a broad search only as far as the limit, and says so', async () => {
    await newMentions(
      t,
      Array.from({ length: 1500 }, (_, i) => {
        const g = i + 1;
        return {
          text: `${g <= 1200 ? 'worried about exams' : 'fine'} ${g}`,
          postedAt: new Date(Date.now() - g * 60_000),
          riskScore: 0.6,
          categories: [
            ...(g <= 1200 ? [{ category: 'disrepute' as const, score: 0.6 }] : []),
            ...(g === 5 || g === 1300 ? [{ category: 'litigation' as const, score: 0.6 }] : []),
          ],
        };
      }),
    );

    const res = await comms.agent.get('/api/mentions/summary?q=exams').expect(200);
    expect(res.body).toMatchObject({
      total: 1001,
      countLimit: 1000,
      newSinceLastSeen: 1001,
      byCategory: { disrepute: 1001, litigation: 1, confidential: 0 },
    });
    // The whole queue is counted exactly, from the rollups.
    const all = await comms.agent.get('/api/mentions/summary').expect(200);
    expect(all.body).toMatchObject({ total: 1500, countLimit: null, newSinceLastSeen: 1500 });
  });

  it("gives the planner's estimates, labelled approximate, for a search that matches tens of thousands", async () => {
    const now = Date.now();
    await newMentions(
      t,
      Array.from({ length: 40_000 }, (_, i) => {
        const g = i + 1;
        return {
          text: `revision for the summer exams ${g}`,
          postedAt: new Date(now - g * 1000),
          riskScore: 0.5,
          categories: [
            ...(g % 4 === 0 ? [{ category: 'disrepute' as const, score: 0.6 }] : []),
            ...(g === 7 || g === 8 ? [{ category: 'litigation' as const, score: 0.6 }] : []),
          ],
        };
      }),
    );
    // What autovacuum does after a load this size (the app's role does not own the table).
    await t.asOwner('ANALYZE mentions');

    const res = await comms.agent.get('/api/mentions/summary?q=exams').expect(200);
    const body = res.body as QueueSummary;
    expect(body).toMatchObject({ approximate: true, countLimit: 1000, newSinceLastSeen: 1001 });
    // 41,200 mentions say "exams" (1,200 from the test above); an estimate, rounded, not a count
    expect(body.total).toBeGreaterThan(41_200 * 0.7);
    expect(body.total).toBeLessThan(41_200 * 1.3);
    expect(body.total % 100).toBe(0);
    expect(body.byCategory.disrepute).toBeGreaterThan(11_200 * 0.5);
    expect(body.byCategory.disrepute).toBeLessThan(11_200 * 2);
    // Categories the planner expects to be small are still counted, exactly.
    const [litigation] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM mentions
        WHERE categories @> '{litigation}' AND status IN ('new', 'reviewed') AND search @@ websearch_to_tsquery('english', 'exams')`,
    );
    expect(litigation!.n).toBeGreaterThanOrEqual(2);
    expect(body.byCategory.litigation).toBe(litigation!.n);
    expect(body.byCategory.safeguarding).toBe(0);
    // A narrow search in the same table stays exact.
    const narrow = await comms.agent.get('/api/mentions/summary?q=tribunal').expect(200);
    expect(narrow.body).toMatchObject({ approximate: false, total: 0 });
  });
});
