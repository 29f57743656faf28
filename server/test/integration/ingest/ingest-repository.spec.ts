import { newTestApp, type TestApp } from '../../support/test-app';
import type { NormalizedPost } from '../../../src/sources/source-connector';
import { CursorMoved } from '../../../src/ingest/ingest.errors';
import { type ClassifiedPost, IngestRepository } from '../../../src/ingest/ingest.repository';

/**
 * storePage on a real database: mentions and their classifications go in as one statement, so
 * only new mentions get verdict rows, and the cursor and run counters move with them.
 */
describe('IngestRepository.storePage', () => {
  let t: TestApp;
  let repository: IngestRepository;
  let sourceId: string;
  let queryId: string;

  const post = (externalId: string, text = `post ${externalId}`): NormalizedPost => ({
    platform: 'x',
    externalId,
    url: null,
    authorId: '1',
    authorHandle: 'someone',
    authorName: 'Some One',
    text,
    lang: 'en',
    postedAt: new Date('2025-01-01T00:00:00Z'),
    conversationId: null,
    inReplyToId: null,
    metrics: { like_count: 1 },
    isDemo: false,
  });
  const classified = (externalId: string, categories: ClassifiedPost['categories'] = []): ClassifiedPost => ({
    post: post(externalId),
    topCategory: categories[0]?.category ?? null,
    riskScore: categories[0]?.score ?? 0,
    modelVersion: 'test-1',
    categories,
    secondLook: [],
  });
  const verdicts = async () =>
    (await t.db.query(
      `SELECT m.external_id, c.category, c.score, c.evidence, c.model_version
       FROM classifications c JOIN mentions m ON m.id = c.mention_id ORDER BY m.external_id, c.category`,
    )) as { external_id: string; category: string; score: number; evidence: unknown; model_version: string }[];

  beforeAll(async () => {
    t = await newTestApp({ env: { DEMO: 'off' } });
    repository = t.app.get(IngestRepository, { strict: false });
    const [source] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'x'`)) as { id: string }[];
    const [query] = (await t.db.query(`SELECT id::text AS id FROM watch_queries ORDER BY id LIMIT 1`)) as {
      id: string;
    }[];
    sourceId = source!.id;
    queryId = query!.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores verdicts for new mentions only, once per repeated post, and moves the cursor and counters', async () => {
    const runId = await repository.startRun(sourceId);
    const from = await repository.cursorFor(sourceId, queryId);
    const first = await repository.storePage({
      runId,
      sourceId,
      queryId,
      from,
      to: { page: 1 },
      posts: [
        classified('1', [
          { category: 'litigation', score: 0.9, evidence: [{ term: 'sue' }] },
          { category: 'disrepute', score: 0.4, evidence: [] },
        ]),
        classified('2'),
        classified('1', [{ category: 'confidential', score: 0.7, evidence: [] }]), // repeated within the page
      ],
      quarantined: [{ platform: 'x', externalId: '9', payload: { id: '9' }, error: 'no text' }],
      fetched: 4,
    });
    expect(first).toEqual({ fetched: 4, inserted: 2, duplicates: 1, quarantined: 1 });

    const second = await repository.storePage({
      runId,
      sourceId,
      queryId,
      from: { page: 1 },
      to: { page: 2 },
      posts: [
        classified('2', [{ category: 'safeguarding', score: 0.8, evidence: [] }]), // already stored
        classified('3', [{ category: 'personal_data', score: 0.6, evidence: { spans: [[0, 4]] } }]),
      ],
      quarantined: [],
      fetched: 2,
    });
    expect(second).toEqual({ fetched: 2, inserted: 1, duplicates: 1, quarantined: 0 });

    expect(await verdicts()).toEqual([
      { external_id: '1', category: 'disrepute', score: 0.4, evidence: [], model_version: 'test-1' },
      { external_id: '1', category: 'litigation', score: 0.9, evidence: [{ term: 'sue' }], model_version: 'test-1' },
      {
        external_id: '3',
        category: 'personal_data',
        score: 0.6,
        evidence: { spans: [[0, 4]] },
        model_version: 'test-1',
      },
    ]);
    // The queue's copy of the verdicts, written with each mention, agrees with them.
    expect(await t.db.query(`SELECT external_id, categories FROM mentions ORDER BY external_id`)).toEqual([
      { external_id: '1', categories: ['disrepute', 'litigation'] },
      { external_id: '2', categories: [] },
      { external_id: '3', categories: ['personal_data'] },
    ]);
    expect(await repository.readRun(runId)).toEqual({ fetched: 6, inserted: 3, duplicates: 2, quarantined: 1 });
    expect(await repository.cursorFor(sourceId, queryId)).toEqual({ page: 2 });
  });

  it('stores nothing when the cursor has moved since it was read', async () => {
    const runId = await repository.startRun(sourceId);
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM mentions`)) as { n: number }[];
    await expect(
      repository.storePage({
        runId,
        sourceId,
        queryId,
        from: { page: 1 }, // stale: the cursor is at page 2
        to: { page: 3 },
        posts: [classified('4', [{ category: 'litigation', score: 0.5, evidence: [] }])],
        quarantined: [],
        fetched: 1,
      }),
    ).rejects.toBeInstanceOf(CursorMoved);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM mentions`)).toEqual(before);
    expect(await repository.readRun(runId)).toEqual({ fetched: 0, inserted: 0, duplicates: 0, quarantined: 0 });
  });
});
