import { fakeXIds, type FakeXServer, startFakeX } from '../../../tools/fakes/x/fake-x.server';
import { IngestService } from '../../../src/ingest/ingest.service';
import { newTestApp, type TestApp } from '../../support/test-app';

/** Issue 12 §8: one bad post used to fail its page on every poll, and the good posts beside it were never stored. */
describe('ingesting posts with odd bytes (against the fake X API)', () => {
  let fake: FakeXServer;
  let t: TestApp;
  let sourceId: string;

  beforeEach(async () => {
    fake = await startFakeX({ posts: 12 });
    t = await newTestApp({
      env: { X_BEARER_TOKEN: 'test-token', X_API_BASE_URL: fake.url, DEMO: 'off', INGEST_BACKOFF_BASE_MS: '5' },
    });
    const [row] = await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'x'`);
    sourceId = row.id;
  });
  afterEach(async () => {
    await t.close();
    await fake.close();
  });

  const run = () => t.app.get(IngestService).runSource(sourceId, { force: true });
  const stored = async () =>
    (await t.db.query(`SELECT count(*)::int AS n FROM mentions WHERE platform = 'x'`))[0].n as number;

  it('stores a post whose author name, text and language hold NUL and lone surrogates, mended, with the rest of its page', async () => {
    fake.set({
      authorNames: { ou_learner: 'Evil\u0000Name \ud800' },
      tweetFields: { 6: { text: 'Open University\u0000 rocks \udc00', lang: '\u0000e\u0007n' } },
    });
    const outcome = await run();
    expect(outcome).toMatchObject({ outcome: 'ran', status: 'ok', inserted: 12, quarantined: 0 });
    const [odd] = await t.db.query(`SELECT author_name, text, lang FROM mentions WHERE external_id = $1`, [
      fakeXIds(12)[6], // by ou_learner
    ]);
    expect(odd).toEqual({ author_name: 'EvilName \ufffd', text: 'Open University rocks \ufffd', lang: 'en' });
    const [cursor] = await t.db.query(`SELECT cursor FROM source_cursors WHERE source_id = $1`, [sourceId]);
    expect(cursor.cursor).toEqual({ sinceId: fakeXIds(12)[11] });
  });

  it('quarantines, with the reason, a post the database refuses, and stores the rest of the page and moves on', async () => {
    // A rule the database enforces that the app does not know about stands in for any refusal.
    await t.asOwner(`ALTER TABLE mentions ADD CONSTRAINT refuse_for_test CHECK (text NOT LIKE '%(5)')`);
    const outcome = await run();
    expect(outcome).toMatchObject({ outcome: 'ran', status: 'partial', inserted: 11, quarantined: 1 });
    expect(await stored()).toBe(11);
    const [bad] = await t.db.query(`SELECT external_id, error FROM quarantine WHERE source_id = $1`, [sourceId]);
    expect(bad).toEqual({ external_id: fakeXIds(12)[5], error: 'the database refused the post (SQLSTATE 23514)' });
    // The next poll asks only for newer posts: the page is behind us.
    fake.requests.length = 0;
    await run();
    expect(fake.requests[0]!.get('since_id')).toBe(fakeXIds(12)[11]);
  });

  it('quarantines a post with no valid date rather than failing its page', async () => {
    fake.set({ tweetFields: { 7: { created_at: 'the day after tomorrow' } } });
    const outcome = await run();
    expect(outcome).toMatchObject({ outcome: 'ran', inserted: 11, quarantined: 1 });
  });
});
