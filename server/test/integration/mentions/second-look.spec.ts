import type { CategoryCode, MentionListItem, MentionPage, Role } from '@ou-listening/shared';
import { classifyWith, getModel } from '../../../src/classify/model';
import { IngestRepository } from '../../../src/ingest/ingest.repository';
import { IngestService } from '../../../src/ingest/ingest.service';
import type { NormalizedPost } from '../../../src/sources/source-connector';
import { signInAs } from '../../support/auth';
import { newMention, newMentions } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

/**
 * Issue 21, DESIGN.md §8: a post the model is unsure about for safeguarding or threat goes to the
 * Second look view, never nowhere. Ingested through the real classifier and the one-statement
 * insert, then read back through the queue API.
 */
describe('Second look', () => {
  let t: TestApp;

  /** Paraphrased risk posts (issue 21) and milder low moods; the model is unsure about at least one. */
  const CANDIDATES = [
    'Standing on the station platform tonight thinking about stepping forward',
    "I've taken everything in the cabinet",
    'Planning how I would do it, haha, only joking',
    'Nobody would notice if I was gone after these OU results',
    'I wonder if anyone would miss me',
    'Feeling really low after the exam results and I cannot cope',
    'Waiting outside the tutorial centre for that marker',
    'Bruises again and mum goes mad when I ask about it',
    'The graduation will be one to remember, it will make the news',
    'My tutor had better watch out after that grade',
    // Milder, for models that flag all of the above outright (lr-12 does).
    'Some days I wonder what the point of the OU degree is',
    'Feeling a bit flat after the OU results',
    "Can't sleep again, the OU module is on my mind",
  ];

  const post = (externalId: string, text: string): NormalizedPost => ({
    platform: 'x',
    externalId,
    url: null,
    authorId: '1',
    authorHandle: 'someone',
    authorName: 'Some One',
    text,
    lang: 'en',
    postedAt: new Date(Date.now() - 60_000),
    conversationId: null,
    inReplyToId: null,
    metrics: {},
    isDemo: false,
  });

  const classifyAll = (posts: NormalizedPost[]) => {
    const { posts: classified, quarantined } = t.app.get(IngestService, { strict: false }).classifyAll(posts, []);
    expect(quarantined).toEqual([]);
    return classified;
  };

  let pages = 0;
  /** Stores classified posts as one page of the X source's first watch query, as a run does. */
  const store = async (posts: ReturnType<typeof classifyAll>) => {
    const repository = t.app.get(IngestRepository, { strict: false });
    const [source] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'x'`)) as { id: string }[];
    const [query] = (await t.db.query(`SELECT id::text AS id FROM watch_queries ORDER BY id LIMIT 1`)) as {
      id: string;
    }[];
    const runId = await repository.startRun(source!.id);
    const from = await repository.cursorFor(source!.id, query!.id);
    await repository.storePage({
      runId,
      sourceId: source!.id,
      queryId: query!.id,
      from,
      to: { page: ++pages },
      posts,
      quarantined: [],
      fetched: posts.length,
    });
  };

  beforeAll(async () => {
    t = await newTestApp({ env: { DEMO: 'off' } });
  });
  afterAll(() => t.close());

  it('stores what the model was unsure about, and lists it under secondLook=true for comms only', async () => {
    const model = getModel();
    const text = CANDIDATES.find((c) => classifyWith(model, c).secondLook.length > 0);
    expect(text).toBeDefined();
    const expected = classifyWith(model, text!)
      .secondLook.map((c) => c.category)
      .sort();
    expect(expected.every((code) => code === 'safeguarding' || code === 'threat')).toBe(true);

    const harmless = 'Just submitted my TMA for the Open University, time for a cup of tea';
    expect(classifyWith(model, harmless)).toMatchObject({ categories: [], secondLook: [] });

    const { posts, quarantined } = t.app.get(IngestService, { strict: false }).classifyAll([post('unsure', text!)], []);
    expect(quarantined).toEqual([]);
    expect(posts[0]!.secondLook.sort()).toEqual(expected);

    await store([...posts, ...classifyAll([post('plain', harmless)])]);
    const rows = (await t.db.query(`SELECT id::text, external_id, second_look FROM mentions ORDER BY external_id`)) as {
      id: string;
      external_id: string;
      second_look: CategoryCode[];
    }[];
    expect(rows.map((r) => ({ externalId: r.external_id, secondLook: r.second_look }))).toEqual([
      { externalId: 'plain', secondLook: [] },
      { externalId: 'unsure', secondLook: expected },
    ]);
    const unsureId = rows.find((r) => r.external_id === 'unsure')!.id;
    const flagged = await newMention(t, { categories: [{ category: 'safeguarding', score: 0.95 }] });

    const { agent } = await signInAs(t, 'comms');
    const secondLook = await agent.get('/api/mentions?secondLook=true').expect(200);
    expect(secondLook.body.items.map((i: MentionListItem) => [i.id, i.secondLook])).toEqual([[unsureId, expected]]);
    const newest = await agent.get('/api/mentions?secondLook=true&sort=newest').expect(200);
    expect(newest.body.items.map((i: MentionListItem) => i.id)).toEqual([unsureId]);
    const everything = await agent.get('/api/mentions').expect(200);
    expect(everything.body.items.map((i: MentionListItem) => i.id).sort()).toEqual(
      [unsureId, flagged.id, rows.find((r) => r.external_id === 'plain')!.id].sort(),
    );
    const detail = await agent.get(`/api/mentions/${unsureId}`).expect(200);
    expect(detail.body.secondLook).toEqual(expected);
    const summary = await agent.get('/api/mentions/summary?secondLook=true').expect(200);
    expect(summary.body.total).toBe(1);
    await agent.get('/api/mentions?secondLook=maybe').expect(400);

    for (const role of ['manager', 'discipline'] as Role[]) {
      const other = await signInAs(t, role);
      await other.agent.get('/api/mentions?secondLook=true').expect(403);
    }
  });

  it('ranks a post sent only to a second look above the posts the model found nothing in, by its second-look score', async () => {
    const model = getModel();
    const text = CANDIDATES.find((c) => {
      const r = classifyWith(model, c);
      return r.categories.length === 0 && r.secondLook.length > 0;
    });
    expect(text).toBeDefined();
    const unsureScore = Math.max(...classifyWith(model, text!).secondLook.map((c) => c.score));
    await store(classifyAll([post('unsure-only', text!)]));
    const [row] = (await t.db.query(
      `SELECT id::text, risk_score, top_category FROM mentions WHERE external_id = 'unsure-only'`,
    )) as { id: string; risk_score: number; top_category: string | null }[];
    expect(row).toMatchObject({ top_category: null });
    expect(row!.risk_score).toBeCloseTo(unsureScore, 3);

    const { agent } = await signInAs(t, 'comms');
    const byRisk = (await agent.get('/api/mentions').expect(200)).body.items as MentionListItem[];
    const at = (id: string) => byRisk.findIndex((i) => i.id === id);
    const plain = byRisk.find((i) => i.topCategory === null && i.secondLook.length === 0)!;
    const flagged = byRisk.filter((i) => i.topCategory !== null);
    expect(flagged.length).toBeGreaterThan(0);
    for (const f of flagged) expect(at(f.id)).toBeLessThan(at(row!.id));
    expect(at(row!.id)).toBeLessThan(at(plain.id));
  });

  it('in the Second look view puts a possible safeguarding or threat risk above posts unsure of something milder, on every page', async () => {
    const [pinned, milder, threatOnly, safeguardingOnly, otherOnly] = await newMentions(t, [
      { categories: [{ category: 'safeguarding', score: 0.9 }], secondLook: ['threat'] },
      { categories: [{ category: 'disrepute', score: 0.95 }], secondLook: ['confidential'] },
      { riskScore: 0.12, secondLook: ['threat'] },
      { riskScore: 0.3, secondLook: ['safeguarding', 'personal_data'] },
      { riskScore: 0, secondLook: ['litigation'] },
    ]);
    const ours = new Set([pinned, milder, threatOnly, safeguardingOnly, otherOnly].map((m) => m!.id));
    const { agent } = await signInAs(t, 'comms');
    const view = async (limit: number) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page: MentionPage = (
          await agent
            .get(`/api/mentions?secondLook=true&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
            .expect(200)
        ).body;
        ids.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      return ids.filter((id) => ours.has(id));
    };
    const expected = [pinned!.id, safeguardingOnly!.id, threatOnly!.id, milder!.id, otherOnly!.id];
    expect(await view(50)).toEqual(expected);
    expect(await view(1)).toEqual(expected);
    // The whole queue keeps its plain risk order: the milder post's 0.95 comes before both unsure ones.
    const queue = ((await agent.get('/api/mentions?limit=100').expect(200)).body as MentionPage).items.map((i) => i.id);
    expect(queue.indexOf(milder!.id)).toBeLessThan(queue.indexOf(safeguardingOnly!.id));
  });
});
