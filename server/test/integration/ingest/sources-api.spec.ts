import { demoCorpus } from '../../../src/sources/demo/demo-corpus';
import { IngestService } from '../../../src/ingest/ingest.service';
import { signInAs } from '../../support/auth';
import { newTestApp, type TestApp } from '../../support/test-app';

describe('sources admin API and the demo source', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp(); // no X_BEARER_TOKEN: the demo source is on by default
  });
  afterAll(() => t.close());

  it('seeds the default watch query and a source per platform; only admins may see them', async () => {
    const { agent } = await signInAs(t, 'admin');
    const queries = await agent.get('/api/watch-queries').expect(200);
    expect(queries.body).toEqual([
      expect.objectContaining({
        name: 'The Open University',
        phrases: ['Open University'],
        handles: ['OpenUniversity'],
        hashtags: ['OpenUniversity'],
        includeReposts: false,
      }),
    ]);
    const sources = await agent.get('/api/sources').expect(200);
    // One source per platform; without credentials only the demo source polls.
    expect(sources.body.map((s: { kind: string; health: { state: string } }) => [s.kind, s.health.state])).toEqual([
      ['x', 'not_configured'],
      ['demo', 'active'],
      ['mastodon', 'not_configured'],
      ['bluesky', 'not_configured'],
      ['reddit', 'not_configured'],
      ['youtube', 'not_configured'],
      ['rss', 'not_configured'],
    ]);
    const { agent: comms } = await signInAs(t, 'comms');
    await comms.get('/api/sources').expect(403);
    await t.http.get('/api/sources').expect(401);
  });

  it('demo: replays 90 days of history, then a few new posts per poll, all marked as demo', async () => {
    const ingest = t.app.get(IngestService);
    const [{ id }] = await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'demo'`);
    const first = await ingest.runSource(id, { force: true, maxPages: 1000 });
    expect(first).toMatchObject({ outcome: 'ran', status: 'ok', inserted: 1000 });
    const [span] = await t.db.query(
      `SELECT bool_and(is_demo) AS demo, min(posted_at) AS oldest, max(posted_at) AS newest, count(*)::int AS n
       FROM mentions`,
    );
    expect(span.demo).toBe(true);
    expect(Date.now() - span.oldest.getTime()).toBeGreaterThan(85 * 86_400_000);
    expect(Date.now() - span.newest.getTime()).toBeLessThan(86_400_000);
    const next = await ingest.runSource(id, { force: true });
    expect(next).toMatchObject({ outcome: 'ran', status: 'ok' });
    if (next.outcome === 'ran') expect(next.inserted).toBeGreaterThanOrEqual(2);
  });

  it('demo corpus: at least 1,000 distinct posts covering every category and flag, mostly harmless', () => {
    const corpus = demoCorpus();
    expect(new Set(corpus.map((p) => p.text)).size).toBeGreaterThanOrEqual(1000);
    const themes = new Set(corpus.map((p) => p.theme));
    for (const theme of [
      'confidential',
      'litigation',
      'disrepute',
      'personal_data',
      'safeguarding',
      'academic_misconduct',
    ])
      expect(themes).toContain(theme);
    const harmless = corpus.filter((p) => p.theme === 'everyday' || p.theme === 'criticism').length;
    expect(harmless / corpus.length).toBeGreaterThan(0.7);
  });

  it('admins change interval and enabled, audited; bad input is a 400 naming the field', async () => {
    const { agent, user } = await signInAs(t, 'admin');
    const [{ id }] = await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'demo'`);
    const res = await agent.patch(`/api/sources/${id}`).send({ enabled: false, pollIntervalSeconds: 120 }).expect(200);
    expect(res.body).toMatchObject({
      enabled: false,
      pollIntervalSeconds: 120,
      health: { state: 'disabled', nextPollAt: null },
    });
    const [audit] = await t.db.query(
      `SELECT actor_id, action, target_id FROM audit_log WHERE action = 'source.update'`,
    );
    expect(audit).toEqual({ actor_id: user.id, action: 'source.update', target_id: id });

    const bad = await agent.patch(`/api/sources/${id}`).send({ pollIntervalSeconds: 1 }).expect(400);
    expect(JSON.stringify(bad.body.message)).toMatch(/pollIntervalSeconds/);
    await agent.patch('/api/sources/999999').send({ enabled: true }).expect(404);
    await agent.patch('/api/sources/abc').send({ enabled: true }).expect(400);
  });

  it('admins edit watch query terms and exclusions; an empty query is refused', async () => {
    const { agent } = await signInAs(t, 'admin');
    const [{ id }] = await t.db.query(`SELECT id::text AS id FROM watch_queries`);
    const res = await agent
      .patch(`/api/watch-queries/${id}`)
      .send({ exclusions: ['job advert'], handles: ['@OU_Careers', 'OpenUniversity'] })
      .expect(200);
    expect(res.body).toMatchObject({ exclusions: ['job advert'], handles: ['OU_Careers', 'OpenUniversity'] });
    await agent.patch(`/api/watch-queries/${id}`).send({ phrases: [], handles: [], hashtags: [] }).expect(400);
    await agent
      .patch(`/api/watch-queries/${id}`)
      .send({ phrases: ['say "hi"'] })
      .expect(400);
    const created = await agent
      .post('/api/watch-queries')
      .send({ name: 'Vice-Chancellor', phrases: ['OU vice-chancellor'] })
      .expect(201);
    expect(created.body).toMatchObject({ name: 'Vice-Chancellor', enabled: true });
    await agent
      .post('/api/watch-queries')
      .send({ name: 'Vice-Chancellor', phrases: ['x'] })
      .expect(409);
  });

  it('lists recent runs for admins', async () => {
    const { agent } = await signInAs(t, 'admin');
    const res = await agent.get('/api/ingest-runs?limit=5').expect(200);
    expect(res.body[0]).toMatchObject({ sourceName: 'Demo corpus', status: 'ok' });
    await agent.get('/api/ingest-runs?limit=0').expect(400);
  });
});
