import type { CategoryCode, MentionPage } from '@ou-listening/shared';
import { signInAs, type SignedIn } from '../../support/auth';
import { newMention, newMentions } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

type Seeded = { id: string; risk: number; pinned: boolean; postedAt: number };

describe('GET /api/mentions: keyset pagination', () => {
  let t: TestApp;
  let comms: SignedIn;
  const seeded: Seeded[] = [];

  beforeAll(async () => {
    t = await newTestApp();
    comms = await signInAs(t, 'comms');
    // 37 mentions with many equal risk scores and equal posting times (ties are where keysets break),
    // five of them new and flagged for safeguarding, two of those sharing a score.
    const base = Date.parse('2025-04-01T12:00:00Z');
    for (let n = 0; n < 37; n += 1) {
      const pinned = n % 8 === 3;
      const risk = [0.2, 0.5, 0.5, 0.75, 0.9][n % 5]!;
      const category: CategoryCode = pinned ? 'safeguarding' : 'disrepute';
      const postedAt = base - Math.floor(n / 3) * 3_600_000; // three mentions per hour
      const { id } = await newMention(t, {
        categories: n % 7 === 0 ? [] : [{ category, score: risk }],
        postedAt: new Date(postedAt),
      });
      seeded.push({ id, risk: n % 7 === 0 ? 0 : risk, pinned: pinned && n % 7 !== 0, postedAt });
    }
  });
  afterAll(() => t.close());

  const walk = async (query: string, limit: number): Promise<{ ids: string[]; pages: number }> => {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/mentions?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await comms.agent.get(url).expect(200);
      const page = res.body as MentionPage;
      expect(page.items.length).toBeLessThanOrEqual(limit);
      ids.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages += 1;
      expect(pages).toBeLessThan(100);
    } while (cursor);
    return { ids, pages };
  };
  const byIdDesc = (a: Seeded, b: Seeded) => Number(BigInt(b.id) - BigInt(a.id));

  it('walks the risk order page by page with no duplicates and no gaps, pinned mentions first', async () => {
    const expected = [...seeded]
      .sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.risk - a.risk || byIdDesc(a, b))
      .map((s) => s.id);
    expect(seeded.filter((s) => s.pinned).length).toBeGreaterThanOrEqual(4);
    for (const limit of [1, 2, 4, 7, 50]) {
      const { ids, pages } = await walk('sort=risk', limit);
      expect({ limit, ids }).toEqual({ limit, ids: expected });
      expect(pages).toBe(Math.ceil(expected.length / limit));
    }
  });

  it('walks the newest order the same way', async () => {
    const expected = [...seeded].sort((a, b) => b.postedAt - a.postedAt || byIdDesc(a, b)).map((s) => s.id);
    for (const limit of [1, 3, 5, 100]) {
      const { ids } = await walk('sort=newest', limit);
      expect({ limit, ids }).toEqual({ limit, ids: expected });
    }
  });

  it('keeps filters across pages', async () => {
    const expected = [...seeded]
      .filter((s) => s.risk >= 0.5)
      .sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.risk - a.risk || byIdDesc(a, b))
      .map((s) => s.id);
    expect((await walk('minScore=0.5', 3)).ids).toEqual(expected);
  });

  it('the last page has no next cursor; an exact fit does not promise an empty page', async () => {
    const res = await comms.agent.get(`/api/mentions?limit=${seeded.length}`).expect(200);
    expect(res.body.items).toHaveLength(seeded.length);
    expect(res.body.nextCursor).toBeNull();
    const short = await comms.agent.get(`/api/mentions?limit=${seeded.length - 1}`).expect(200);
    expect(short.body.nextCursor).toEqual(expect.any(String));
  });

  it('defaults to 50 a page', async () => {
    for (let n = 0; n < 20; n += 1) await newMention(t, { categories: [{ category: 'litigation', score: 0.1 }] });
    const res = await comms.agent.get('/api/mentions').expect(200);
    expect(res.body.items).toHaveLength(50);
    expect(res.body.nextCursor).toEqual(expect.any(String));
  });

  it('the page queries the API runs walk indexes (keyset, no sort of the whole table, no OFFSET)', async () => {
    // Enough rows that the planner chooses as it would at a million.
    await newMentions(
      t,
      Array.from({ length: 20_000 }, (_, i) => {
        const g = i + 1;
        const risk = (g % 1000) / 1000;
        return {
          platform: 'bulk',
          text: `filler post ${g}`,
          postedAt: new Date(Date.now() - g * 60_000),
          riskScore: risk,
          categories: g % 20 === 0 ? [{ category: 'litigation' as const, score: risk }] : [],
          secondLook: g % 25 === 0 ? [g % 50 === 0 ? ('threat' as const) : ('confidential' as const)] : [],
        };
      }),
    );
    await t.asOwner('ANALYZE mentions');
    await t.asOwner('ANALYZE classifications');
    const spy = jest.spyOn(t.db.manager, 'query');
    const planOf = async (url: string) => {
      spy.mockClear();
      const first = await comms.agent.get(url).expect(200);
      await comms.agent.get(`${url}&cursor=${first.body.nextCursor}`).expect(200);
      const pageQuery = spy.mock.calls
        .filter(([sql]) => /ORDER BY/.test(sql) && !/= ANY\(\$1::bigint/.test(sql))
        .at(-1);
      expect(pageQuery).toBeDefined();
      const [sql, params] = pageQuery!;
      const rows = (await t.db.query(`EXPLAIN ${sql}`, params)) as { 'QUERY PLAN': string }[];
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    };
    try {
      const risk = await planOf('/api/mentions?sort=risk&limit=50');
      expect(risk).toMatch(/Index Only Scan using mentions_open_risk_idx/);
      expect(risk).not.toMatch(/Seq Scan on mentions|Sort Key: m\.risk_score/);
      const litigation = await planOf('/api/mentions?sort=risk&limit=50&category=litigation');
      expect(litigation).toMatch(/Index Only Scan using mentions_litigation_risk_idx/);
      expect(litigation).not.toMatch(/Seq Scan on mentions|Sort Key: m\.risk_score/);
      const newOnly = await planOf('/api/mentions?sort=risk&limit=50&status=new');
      expect(newOnly).toMatch(/Index (Only )?Scan using mentions_\w+_idx/);
      expect(newOnly).not.toMatch(/Seq Scan on mentions|Sort Key: m\.risk_score/);
      // The Second look view's bands (pinned, a possible risk, the rest) each read that view's index;
      // the small possible-risk band may be fetched by bitmap and sorted, never the whole table.
      const secondLook = await planOf('/api/mentions?sort=risk&limit=50&secondLook=true');
      expect(secondLook).toMatch(/Index (Only )?Scan (using|on) mentions_second_look_risk_idx/);
      expect(secondLook).not.toMatch(/Seq Scan on mentions/);
      const newest = await planOf('/api/mentions?sort=newest&limit=50');
      expect(newest).toMatch(/Index Scan using mentions_newest_keyset_idx/);
      expect(newest).not.toMatch(/Seq Scan on mentions|Sort Key: m\.posted_at/);
    } finally {
      spy.mockRestore();
    }
  });
});
