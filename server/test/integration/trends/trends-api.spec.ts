import type { SignedIn } from '../../support/auth';
import { signInAs } from '../../support/auth';
import { newTestApp, type TestApp } from '../../support/test-app';
import { newMention } from '../../support/mentions-factory';
import { seedEscalation, seedMany, seedMentions } from './seed';

type Bucket = { start: string; total: number; counts: Record<string, number> };

describe('trends API', () => {
  let t: TestApp;
  let manager: SignedIn;

  beforeAll(async () => {
    t = await newTestApp();
    manager = await signInAs(t, 'manager');
  });
  afterAll(() => t.close());

  const get = (path: string) => manager.agent.get(`/api/trends/${path}`);
  const totals = (buckets: Bucket[]) => Object.fromEntries(buckets.map((b) => [b.start, b.total]));

  describe('volume', () => {
    beforeAll(async () => {
      await seedMentions(t, [
        { postedAt: '2026-01-05T10:00:00Z', category: 'disrepute' },
        { postedAt: '2026-01-05T11:00:00Z', category: 'disrepute' },
        { postedAt: '2026-01-05T12:00:00Z', category: 'litigation', platform: 'mastodon' },
        { postedAt: '2026-01-06T09:00:00Z' },
        { postedAt: '2026-01-08T09:00:00Z', status: 'reviewed' },
        { postedAt: '2026-01-13T09:00:00Z', category: 'personal_data', status: 'hidden', hidden: true },
      ]);
    });

    it('counts each London day exactly, zero-filled, grouped by category', async () => {
      const res = await get('volume?from=2026-01-04&to=2026-01-09&interval=day&groupBy=category').expect(200);
      expect(res.body.keys).toEqual([
        'confidential',
        'litigation',
        'disrepute',
        'personal_data',
        'safeguarding',
        'threat',
        'academic_misconduct',
        'none',
      ]);
      expect(totals(res.body.buckets)).toEqual({
        '2026-01-04': 0,
        '2026-01-05': 3,
        '2026-01-06': 1,
        '2026-01-07': 0,
        '2026-01-08': 1,
        '2026-01-09': 0,
      });
      const jan5 = res.body.buckets[1] as Bucket;
      expect(jan5.counts).toMatchObject({ disrepute: 2, litigation: 1, none: 0, confidential: 0 });
    });

    it('groups by platform and by status', async () => {
      const byPlatform = await get('volume?from=2026-01-05&to=2026-01-05&groupBy=platform').expect(200);
      expect(byPlatform.body.keys).toEqual(['mastodon', 'x']);
      expect(byPlatform.body.buckets).toEqual([{ start: '2026-01-05', total: 3, counts: { mastodon: 1, x: 2 } }]);
      const byStatus = await get('volume?from=2026-01-01&to=2026-01-31&interval=month&groupBy=status').expect(200);
      expect(byStatus.body.buckets).toEqual([
        { start: '2026-01-01', total: 6, counts: { hidden: 1, new: 4, reviewed: 1 } },
      ]);
    });

    it('buckets by ISO week (Monday) and by month', async () => {
      const weeks = await get('volume?from=2026-01-01&to=2026-01-20&interval=week').expect(200);
      // 1 January 2026 is a Thursday: its week starts on Monday 29 December 2025.
      expect(totals(weeks.body.buckets)).toEqual({
        '2025-12-29': 0,
        '2026-01-05': 5,
        '2026-01-12': 1,
        '2026-01-19': 0,
      });
      const months = await get('volume?from=2025-12-15&to=2026-02-10&interval=month').expect(200);
      expect(totals(months.body.buckets)).toEqual({ '2025-12-01': 0, '2026-01-01': 6, '2026-02-01': 0 });
    });

    it('puts posts on the London calendar day across the clock changes (BST starts 29 March, ends 25 October 2026)', async () => {
      await seedMentions(t, [
        { postedAt: '2026-03-28T23:30:00Z' }, // 23:30 GMT, 28 March
        { postedAt: '2026-03-29T00:30:00Z' }, // 00:30 GMT, 29 March (clocks go forward at 01:00 UTC)
        { postedAt: '2026-03-29T23:30:00Z' }, // 00:30 BST, 30 March
        { postedAt: '2026-10-24T22:30:00Z' }, // 23:30 BST, 24 October
        { postedAt: '2026-10-24T23:30:00Z' }, // 00:30 BST, 25 October
        { postedAt: '2026-10-25T00:30:00Z' }, // 01:30 BST, 25 October (clocks go back at 01:00 UTC)
        { postedAt: '2026-10-25T23:30:00Z' }, // 23:30 GMT, 25 October
        { postedAt: '2026-10-26T00:30:00Z' }, // 00:30 GMT, 26 October
      ]);
      const spring = await get('volume?from=2026-03-28&to=2026-03-30').expect(200);
      expect(totals(spring.body.buckets)).toEqual({ '2026-03-28': 1, '2026-03-29': 1, '2026-03-30': 1 });
      const autumn = await get('volume?from=2026-10-24&to=2026-10-26').expect(200);
      expect(totals(autumn.body.buckets)).toEqual({ '2026-10-24': 1, '2026-10-25': 3, '2026-10-26': 1 });
    });

    it('answers an empty range with zero buckets for every day', async () => {
      const res = await get('volume?from=2030-02-01&to=2030-02-28&groupBy=platform').expect(200);
      expect(res.body.buckets).toHaveLength(28);
      expect(res.body.keys).toEqual([]);
      expect(res.body.buckets.every((b: Bucket) => b.total === 0)).toBe(true);
    });

    it('keeps the rollup right through bulk inserts, status changes and deletes', async () => {
      await seedMany(t, 250, { postedAt: '2026-05-01T12:00:00Z', category: 'confidential' });
      await t.db.query(
        `UPDATE mentions SET status = 'hidden', hidden = true
         WHERE id IN (SELECT id FROM mentions WHERE posted_at = '2026-05-01T12:00:00Z' LIMIT 50)`,
      );
      await t.db.query(
        `DELETE FROM mentions WHERE id IN (SELECT id FROM mentions WHERE posted_at = '2026-05-01T12:00:00Z'
                                           AND status = 'new' LIMIT 20)`,
      );
      await t.db.query(`UPDATE mentions SET posted_at = '2026-05-02T12:00:00Z' WHERE id IN
        (SELECT id FROM mentions WHERE posted_at = '2026-05-01T12:00:00Z' AND status = 'new' LIMIT 30)`);
      const res = await get('volume?from=2026-05-01&to=2026-05-02&groupBy=status').expect(200);
      expect(res.body.buckets).toEqual([
        { start: '2026-05-01', total: 200, counts: { hidden: 50, new: 150 } },
        { start: '2026-05-02', total: 30, counts: { hidden: 0, new: 30 } },
      ]);
      const [direct] = await t.db.query(
        `SELECT count(*)::int AS n FROM mentions WHERE posted_at >= '2026-05-01' AND posted_at < '2026-05-03'`,
      );
      expect(direct.n).toBe(230);
    });
  });

  describe('bad input', () => {
    it.each([
      ['volume?from=2026-02-10&to=2026-02-01', /from \(2026-02-10\) must not be after to \(2026-02-01\)/],
      ['summary?from=2026-02-10&to=2026-02-01', /must not be after/],
      ['top?from=2026-02-10&to=2026-02-01', /must not be after/],
      ['export.csv?dataset=volume&from=2026-02-10&to=2026-02-01', /must not be after/],
      ['volume?from=2026-02-30&to=2026-03-01', /from must be a calendar day/],
      ['volume?from=yesterday&to=2026-03-01', /from must be a day written YYYY-MM-DD/],
      ['volume?to=2026-03-01', /from must be a day written YYYY-MM-DD/],
      ['volume?from=2020-01-01&to=2026-03-01', /at most 1100 days/],
      ['volume?from=2026-01-01&to=2026-03-01&interval=hour', /interval must be one of day, week, month/],
      ['volume?from=2026-01-01&to=2026-03-01&groupBy=text', /groupBy must be one of category, platform, status/],
      ['top?from=2026-01-01&to=2026-03-01&by=text', /by must be one of author, hashtag, domain/],
      ['top?from=2026-01-01&to=2026-03-01&limit=500', /limit must not be greater than 50/],
      ['export.csv?from=2026-01-01&to=2026-03-01&dataset=mentions', /dataset must be one of/],
      ['volume?from=2026-01-01&to=2026-03-01&sql=1', /property sql should not exist/],
    ])('GET %s → 400', async (path, message) => {
      const res = await get(path).expect(400);
      expect([res.body.message].flat().join('; ')).toMatch(message);
    });
  });

  describe('summary', () => {
    beforeAll(async () => {
      // Previous period 2027-02-01..07, current 2027-02-08..14.
      const [a, b, c] = await seedMentions(t, [
        { postedAt: '2027-02-08T09:00:00Z', ingestedAt: '2027-02-08T09:00:00Z', category: 'disrepute', platform: 'x' },
        { postedAt: '2027-02-09T09:00:00Z', ingestedAt: '2027-02-09T09:00:00Z', platform: 'x' },
        { postedAt: '2027-02-10T09:00:00Z', ingestedAt: '2027-02-10T09:00:00Z', platform: 'mastodon' },
        {
          postedAt: '2027-02-10T10:00:00Z',
          category: 'safeguarding',
          platform: 'mastodon',
          status: 'hidden',
          hidden: true,
        },
        { postedAt: '2027-02-02T09:00:00Z', category: 'disrepute' },
      ]);
      // First action: a mark 10 min after ingestion; an earlier audit row (mention.hide at 5 min) wins.
      await t.db.query(`INSERT INTO mention_marks (mention_id, mark, created_at) VALUES ($1, 'no_action', $2)`, [
        a,
        '2027-02-08T09:10:00Z',
      ]);
      await t.db.query(
        `INSERT INTO audit_log (action, target_type, target_id, hash, at) VALUES ('mention.hide', 'mention', $1, 'h', $2)`,
        [a, '2027-02-08T09:05:00Z'],
      );
      // Not an action on the post: ignored.
      await t.db.query(
        `INSERT INTO audit_log (action, target_type, target_id, hash, at) VALUES ('user.update', 'user', $1, 'h', $2)`,
        [b, '2027-02-09T09:01:00Z'],
      );
      await t.db.query(`INSERT INTO mention_marks (mention_id, mark, created_at) VALUES ($1, 'responded', $2)`, [
        b,
        '2027-02-09T10:00:00Z',
      ]);
      await t.db.query(`INSERT INTO mention_marks (mention_id, mark, created_at) VALUES ($1, 'responded', $2)`, [
        c,
        '2027-02-10T11:00:00Z',
      ]);
      await seedEscalation(t, { createdAt: '2027-02-08T12:00:00Z' });
      await seedEscalation(t, { createdAt: '2027-02-09T12:00:00Z', closedAt: '2027-02-11T12:00:00Z' });
      await seedEscalation(t, { createdAt: '2027-02-03T12:00:00Z', closedAt: '2027-02-09T12:00:00Z' });
    });

    it('gives the period and the one before it, for deltas', async () => {
      const res = await get('summary?from=2027-02-08&to=2027-02-14').expect(200);
      const { current, previous } = res.body;
      expect(current).toMatchObject({
        from: '2027-02-08',
        to: '2027-02-14',
        mentions: 4,
        flagged: 2,
        hidden: 1,
        escalated: 2,
        openEscalations: 1,
      });
      expect(current.byCategory).toEqual({
        confidential: 0,
        litigation: 0,
        disrepute: 1,
        personal_data: 0,
        safeguarding: 1,
        threat: 0,
        academic_misconduct: 0,
      });
      expect(current.flaggedShareByPlatform).toEqual([
        { platform: 'mastodon', mentions: 2, flagged: 1, share: 0.5 },
        { platform: 'x', mentions: 2, flagged: 1, share: 0.5 },
      ]);
      // 5 min, 60 min, 120 min → median 60 min, p90 = 60 + 0.8 × 60 = 108 min
      expect(current.timeToFirstAction).toEqual({ actioned: 3, medianSeconds: 3600, p90Seconds: 6480 });
      expect(previous).toMatchObject({
        from: '2027-02-01',
        to: '2027-02-07',
        mentions: 1,
        flagged: 1,
        escalated: 1,
        openEscalations: 1, // raised 3 Feb, closed 9 Feb: still open when that period ended
        timeToFirstAction: { actioned: 0, medianSeconds: null, p90Seconds: null },
      });
    });

    it('answers an empty range with zeros', async () => {
      const res = await get('summary?from=2031-01-01&to=2031-01-31').expect(200);
      expect(res.body.current).toMatchObject({ mentions: 0, flagged: 0, escalated: 0, flaggedShareByPlatform: [] });
    });

    it('counts escalations raised and closed per bucket', async () => {
      const res = await get('escalations?from=2027-02-08&to=2027-02-11').expect(200);
      expect(res.body.buckets).toEqual([
        { start: '2027-02-08', raised: 1, closed: 0 },
        { start: '2027-02-09', raised: 1, closed: 1 },
        { start: '2027-02-10', raised: 0, closed: 0 },
        { start: '2027-02-11', raised: 0, closed: 1 },
      ]);
    });
  });

  describe('top', () => {
    const secret = 'my phone is 07700 900123 call me';
    beforeAll(async () => {
      await seedMentions(t, [
        { postedAt: '2028-06-01T09:00:00Z', author: 'alice', text: `#OUstudent ${secret} https://www.example.org/x` },
        { postedAt: '2028-06-01T10:00:00Z', author: 'alice', text: '#oustudent #Exams https://example.org/y' },
        { postedAt: '2028-06-02T10:00:00Z', author: 'bob', text: '#exams http://news.test/a', category: 'disrepute' },
      ]);
    });

    it('ranks authors, hashtags and link domains, with no post text', async () => {
      const authors = await get('top?from=2028-06-01&to=2028-06-30&by=author').expect(200);
      // Managers do not triage: they see how much the top authors post, not who they are (issue 18).
      // Top authors rank by flagged mentions (issue 20): alice, never flagged, is not among them.
      expect(authors.body.items).toEqual([
        { key: 'Author 1', platform: 'x', mentions: 1, flagged: 1, lastFlagged: '2028-06-02' },
      ]);
      const admin = await signInAs(t, 'admin');
      const named = await admin.agent.get('/api/trends/top?from=2028-06-01&to=2028-06-30&by=author').expect(200);
      expect(named.body.items).toEqual([
        { key: 'bob', platform: 'x', mentions: 1, flagged: 1, lastFlagged: '2028-06-02' },
      ]);
      const csv = await get('export.csv?from=2028-06-01&to=2028-06-30&dataset=top&by=author').expect(200);
      expect(csv.text).toContain('Author 1');
      expect(csv.text).not.toMatch(/alice|bob/);
      const tags = await get('top?from=2028-06-01&to=2028-06-30&by=hashtag').expect(200);
      expect(tags.body.items).toEqual([
        { key: 'exams', platform: null, mentions: 2, flagged: 1 },
        { key: 'oustudent', platform: null, mentions: 2, flagged: 0 },
      ]);
      const domains = await get('top?from=2028-06-01&to=2028-06-30&by=domain&limit=1').expect(200);
      expect(domains.body.items).toEqual([{ key: 'example.org', platform: null, mentions: 2, flagged: 0 }]);
      for (const res of [authors, tags, domains]) expect(JSON.stringify(res.body)).not.toContain('07700');
    });

    it('keeps the top lists right through edits, reclassification and deletes', async () => {
      const [a, b] = await seedMentions(t, [
        { postedAt: '2028-07-01T09:00:00Z', text: '#Rollup #rollup and #Other see https://WWW.Rollup.test/x' },
        { postedAt: '2028-07-01T23:30:00Z', text: '#rollup again http://rollup.test/y' }, // 2 July in London
        { postedAt: '2028-07-03T09:00:00Z', text: '#rollup #gone', category: 'litigation' },
      ]);
      await t.db.query(`UPDATE mentions SET text = '#other only' WHERE id = $1`, [a]);
      await t.db.query(`UPDATE mentions SET top_category = 'disrepute' WHERE id = $1`, [b]);
      await t.db.query(`UPDATE mentions SET status = 'reviewed', version = version + 1 WHERE id = $1`, [b]);
      await t.db.query(`DELETE FROM mentions WHERE text = '#rollup #gone'`);
      // What the lists used to compute from the posts themselves, at query time.
      const recount = async (pattern: string) =>
        t.db.query(
          `SELECT regexp_replace(lower(x[1]), '^www\\.', '') AS key, NULL AS platform,
                  count(DISTINCT m.id)::int AS mentions,
                  count(DISTINCT m.id) FILTER (WHERE m.top_category IS NOT NULL)::int AS flagged
             FROM mentions m CROSS JOIN LATERAL regexp_matches(m.text, $1, 'gi') AS x
            WHERE m.posted_at >= '2028-06-30T23:00:00Z' AND m.posted_at < '2028-07-31T23:00:00Z'
            GROUP BY 1 ORDER BY mentions DESC, key`,
          [pattern],
        );
      const tags = await get('top?from=2028-07-01&to=2028-07-31&by=hashtag').expect(200);
      expect(tags.body.items).toEqual(await recount('#([[:alnum:]_]+)'));
      expect(tags.body.items).toEqual([
        { key: 'other', platform: null, mentions: 1, flagged: 0 },
        { key: 'rollup', platform: null, mentions: 1, flagged: 1 },
      ]);
      const domains = await get('top?from=2028-07-01&to=2028-07-31&by=domain').expect(200);
      expect(domains.body.items).toEqual(await recount('https?://([A-Za-z0-9.-]+)'));
      expect(domains.body.items).toEqual([{ key: 'rollup.test', platform: null, mentions: 1, flagged: 1 }]);
      const secondOfJuly = await get('top?from=2028-07-02&to=2028-07-02&by=hashtag').expect(200);
      expect(secondOfJuly.body.items).toEqual([{ key: 'rollup', platform: null, mentions: 1, flagged: 1 }]);
    });

    it('exports a chart as CSV', async () => {
      const res = await get('export.csv?dataset=top&by=hashtag&from=2028-06-01&to=2028-06-30').expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="trends-top-hashtag-2028-06-01-2028-06-30.csv"',
      );
      expect(res.text).toBe('hashtag,platform,mentions,flagged\r\nexams,,2,1\r\noustudent,,2,0\r\n');
      const volume = await get('export.csv?dataset=volume&groupBy=platform&from=2028-06-01&to=2028-06-03').expect(200);
      expect(volume.text).toBe('bucket_start,x,total\r\n2028-06-01,2,2\r\n2028-06-02,1,1\r\n2028-06-03,0,0\r\n');
      const summary = await get('export.csv?dataset=summary&from=2028-06-01&to=2028-06-30').expect(200);
      expect(summary.text.split('\r\n')[1]).toBe('mentions,3,0');
    });

    it('the summary CSV lists a platform seen only in the earlier period, each share to four places', async () => {
      for (const [platform, flagged] of [
        ['mastodon', true],
        ['mastodon', false],
        ['mastodon', false],
      ] as const)
        await newMention(t, {
          platform,
          postedAt: '2030-03-10T12:00:00Z',
          categories: flagged ? [{ category: 'disrepute', score: 0.9 }] : [],
        });
      await newMention(t, { platform: 'x', postedAt: '2030-03-11T12:00:00Z' });
      const csv = (await get('export.csv?dataset=summary&from=2030-03-11&to=2030-03-11').expect(200)).text;
      const shares = csv.split('\r\n').filter((line) => line.startsWith('flagged_share:'));
      expect(shares).toEqual(['flagged_share:x,0,', 'flagged_share:mastodon,,0.3333'].sort());
    });
  });

  it('is for managers and admins only', async () => {
    const comms = await signInAs(t, 'comms');
    await comms.agent.get('/api/trends/volume?from=2026-01-01&to=2026-01-02').expect(403);
    const admin = await signInAs(t, 'admin');
    await admin.agent.get('/api/trends/volume?from=2026-01-01&to=2026-01-02').expect(200);
  });
});
