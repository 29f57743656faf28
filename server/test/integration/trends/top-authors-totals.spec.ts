import { signInAs, type SignedIn } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

type TopAuthor = { key: string; platform: string; mentions: number; flagged: number; lastFlagged: string };

const noon = (day: string) => `${day}T12:00:00Z`;
const litigation = [{ category: 'litigation' as const, score: 0.9 }];

/**
 * Top authors over a year read each author's flagged total (mention_author_flagged, migration
 * AuthorFlaggedTotals) less their flagged days outside the range; a short range groups its own days.
 * Every range here is checked against a count made directly on mentions, and the totals against a
 * recount after each kind of write: unflagging, deleting, moving a post, and an erasure.
 */
describe('trends: top authors from the flagged totals', () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await newTestApp();
    admin = await signInAs(t, 'admin');
  });
  afterAll(() => t.close());

  /** Authors as the top list should rank them, counted on mentions themselves (London days). */
  async function countedOnMentions(from: string, to: string): Promise<TopAuthor[]> {
    return (await t.db.query(
      `SELECT author_handle AS key, platform, count(*)::int AS mentions,
              count(*) FILTER (WHERE top_category IS NOT NULL)::int AS flagged,
              (max((posted_at AT TIME ZONE 'Europe/London')::date) FILTER (WHERE top_category IS NOT NULL))::text
                AS "lastFlagged"
       FROM mentions
       WHERE author_handle IS NOT NULL AND (posted_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2
       GROUP BY 1, 2 HAVING count(*) FILTER (WHERE top_category IS NOT NULL) > 0
       ORDER BY flagged DESC, "lastFlagged" DESC, key, platform LIMIT 50`,
      [from, to],
    )) as TopAuthor[];
  }

  /** The totals table against a recount of every author's flagged posts. */
  async function totalsDifferFromRecount(): Promise<number> {
    const [row] = (await t.db.query(
      `SELECT count(*)::int AS n
       FROM (SELECT platform, author_handle, count(*) AS flagged,
                    max((posted_at AT TIME ZONE 'Europe/London')::date) AS last_flagged
             FROM mentions WHERE top_category IS NOT NULL AND author_handle IS NOT NULL GROUP BY 1, 2) m
       FULL JOIN mention_author_flagged f USING (platform, author_handle)
       WHERE m.flagged IS DISTINCT FROM f.flagged OR m.last_flagged IS DISTINCT FROM f.last_flagged`,
    )) as { n: number }[];
    return row!.n;
  }

  const top = async (from: string, to: string) =>
    (await admin.agent.get(`/api/trends/top?from=${from}&to=${to}&by=author&limit=50`).expect(200)).body
      .items as TopAuthor[];

  // The flagged days run 2031-01-10 … 2031-12-30: a range over more than half of that reads the totals.
  const ranges: [string, string, string][] = [
    ['the whole year', '2031-01-01', '2031-12-31'],
    ['a year ending before the last flagged day', '2030-12-31', '2031-12-29'],
    ['most of the year, an author last flagged after it', '2031-01-01', '2031-10-31'],
    ['the middle of the year', '2031-02-01', '2031-11-30'],
    ['one month (its own days)', '2031-06-01', '2031-06-30'],
  ];

  beforeAll(async () => {
    const post = (handle: string, day: string, flagged: boolean, platform = 'x') =>
      newMention(t, {
        platform,
        authorId: `${platform}-id-of-${handle}`,
        authorHandle: handle,
        postedAt: noon(day),
        ...(flagged ? { categories: litigation } : {}),
      });
    for (const day of ['2031-01-10', '2031-03-05', '2031-11-20']) await post('alpha', day, true);
    await post('alpha', '2031-03-06', false);
    await post('alpha', '2031-02-02', true, 'mastodon');
    await post('bravo', '2031-06-01', true);
    await post('bravo', '2031-06-01', true);
    await post('bravo', '2031-06-02', false);
    await post('charlie', '2031-12-30', true);
    await post('charlie', '2031-06-15', true);
    await post('delta', '2031-06-20', false);
  });

  it.each(ranges)('ranks %s exactly as counting the mentions does', async (_name, from, to) => {
    expect(await top(from, to)).toEqual(await countedOnMentions(from, to));
  });

  it('gives a year of flagged authors from one total each, less the days outside the range', async () => {
    expect(await top('2031-01-01', '2031-10-31')).toEqual([
      { key: 'bravo', platform: 'x', mentions: 3, flagged: 2, lastFlagged: '2031-06-01' },
      { key: 'alpha', platform: 'x', mentions: 3, flagged: 2, lastFlagged: '2031-03-05' },
      { key: 'charlie', platform: 'x', mentions: 1, flagged: 1, lastFlagged: '2031-06-15' },
      { key: 'alpha', platform: 'mastodon', mentions: 1, flagged: 1, lastFlagged: '2031-02-02' },
    ]);
    expect(
      await t.db.query(`SELECT platform, author_handle, flagged::int, last_flagged::text FROM mention_author_flagged
                        ORDER BY author_handle, platform`),
    ).toEqual([
      { platform: 'mastodon', author_handle: 'alpha', flagged: 1, last_flagged: '2031-02-02' },
      { platform: 'x', author_handle: 'alpha', flagged: 3, last_flagged: '2031-11-20' },
      { platform: 'x', author_handle: 'bravo', flagged: 2, last_flagged: '2031-06-01' },
      { platform: 'x', author_handle: 'charlie', flagged: 2, last_flagged: '2031-12-30' },
    ]);
  });

  it('keeps the totals exact when a post is unflagged, deleted or moved to another day', async () => {
    await t.db.query(
      `UPDATE mentions SET top_category = NULL
        WHERE author_handle = 'alpha' AND platform = 'x' AND posted_at = $1`,
      [noon('2031-11-20')],
    );
    await t.db.query(`DELETE FROM mentions WHERE id = (SELECT min(id) FROM mentions WHERE author_handle = 'bravo')`);
    await t.db.query(`UPDATE mentions SET posted_at = $1 WHERE author_handle = 'charlie' AND posted_at = $2`, [
      noon('2031-07-01'),
      noon('2031-12-30'),
    ]);
    expect(await totalsDifferFromRecount()).toBe(0);
    const [alpha] = (await t.db.query(
      `SELECT flagged::int, last_flagged::text FROM mention_author_flagged WHERE platform = 'x' AND author_handle = 'alpha'`,
    )) as { flagged: number; last_flagged: string }[];
    expect(alpha).toEqual({ flagged: 2, last_flagged: '2031-03-05' });
    for (const [, from, to] of ranges) expect(await top(from, to)).toEqual(await countedOnMentions(from, to));
  });

  it('forgets an author whose flagged posts are all gone, and one who is erased', async () => {
    await t.db.query(`DELETE FROM mentions WHERE author_handle = 'alpha' AND platform = 'mastodon'`);
    const erased = await admin.agent.post('/api/privacy/erasures/author').send({ platform: 'x', handle: 'bravo' });
    expect(erased.status).toBe(200);
    expect(await totalsDifferFromRecount()).toBe(0);
    const handles = (await t.db.query(
      `SELECT platform || ':' || author_handle AS who FROM mention_author_flagged ORDER BY 1`,
    )) as { who: string }[];
    expect(handles.map((h) => h.who)).toEqual(['x:alpha', 'x:charlie']);
    expect((await top('2031-01-01', '2031-12-31')).map((a) => a.key)).toEqual(['charlie', 'alpha']);
  });
});
