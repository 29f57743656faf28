import type { MentionPage } from '@ou-listening/shared';
import { failNotesWithTheirSqlState } from '../support/database-faults';
import { signInAs, type SignedIn } from '../support/auth';
import { newMention } from '../support/mentions-factory';
import { newTestApp, type TestApp } from '../support/test-app';

/** A queue cursor as the API writes one, with any parts replaced. */
const cursor = (parts: { s: string; t?: number; p?: boolean; k: string; i: string }) =>
  Buffer.from(JSON.stringify(parts)).toString('base64url');

/** Issue 12 §5 and §13: each input that was a 500 is now a 4xx that says what was wrong. */
describe('bad input', () => {
  let t: TestApp;
  let comms: SignedIn;
  let admin: SignedIn;
  let discipline: SignedIn;
  let mentionId: string;
  let sourceId: string;
  let watchQueryId: string;

  beforeAll(async () => {
    t = await newTestApp();
    comms = await signInAs(t, 'comms');
    admin = await signInAs(t, 'admin');
    discipline = await signInAs(t, 'discipline');
    mentionId = (await newMention(t, { assigneeId: comms.user.id })).id;
    [{ id: sourceId }] = await t.db.query(`SELECT id::text FROM sources ORDER BY id LIMIT 1`);
    [{ id: watchQueryId }] = await t.db.query(`SELECT id::text FROM watch_queries ORDER BY id LIMIT 1`);
  });
  afterAll(() => t.close());

  describe('JSON bodies', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

    it('5,000 levels of nesting are refused before parsing, even at anonymous sign-in', async () => {
      const res = await t.http
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send(`{"email":"a@open.ac.uk","password":${nested(5_000)}}`)
        .expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, message: 'The JSON body is nested more than 32 levels deep' });
    });

    it('32 levels are still parsed (and then validated)', async () => {
      const res = await t.http
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send(`{"email":"a@open.ac.uk","password":${nested(31)}}`)
        .expect(400);
      expect(res.body.message).toContain('password must be a string');
    });

    it('a body over 100 kB is refused with 413', async () => {
      const res = await comms.agent
        .post(`/api/mentions/${mentionId}/notes`)
        .send({ body: 'x'.repeat(110_000) })
        .expect(413);
      expect(res.body).toMatchObject({ statusCode: 413, message: 'request entity too large' });
    });

    it('a body that is not JSON is refused with 415, whatever the route', async () => {
      for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
        const res = await t.http
          .post('/api/auth/login')
          .set('Content-Type', type)
          .send('email=a%40open.ac.uk&password=x')
          .expect(415);
        expect(res.body).toEqual({
          statusCode: 415,
          error: 'Unsupported Media Type',
          message: 'Send the body as JSON, with Content-Type: application/json',
        });
      }
      await admin.agent
        .patch(`/api/watch-queries/${watchQueryId}`)
        .type('form')
        .send({ includeReposts: 'false' })
        .expect(415);
    });

    it('JSON with a charset, and writes with no body at all, are accepted', async () => {
      await t.http
        .post('/api/auth/login')
        .set('Content-Type', 'application/json; charset=utf-8')
        .send(JSON.stringify({ email: 'nobody@open.ac.uk', password: 'not the password' }))
        .expect(401);
      await comms.agent.post('/api/mentions/seen').set('Content-Type', 'text/plain').expect(204);
    });
  });

  describe('NUL and unpaired surrogates', () => {
    const refusal = (field: string) => `${field} must not contain the NUL character (U+0000) or an unpaired surrogate`;

    it('are refused in a body with a 400 naming the field', async () => {
      const note = await comms.agent
        .post(`/api/mentions/${mentionId}/notes`)
        .send({ body: 'call 07700 900123\u0000' })
        .expect(400);
      expect(note.body.message).toEqual([refusal('body')]);

      const signIn = await t.http
        .post('/api/auth/login')
        .send({ email: '\ud800@open.ac.uk', password: 'x' })
        .expect(400);
      expect(signIn.body.message).toEqual([refusal('email')]);

      const query = await admin.agent
        .post('/api/watch-queries')
        .send({ name: 'OU \udfff', phrases: ['Open University', 'OU\u0000'] })
        .expect(400);
      expect(query.body.message).toEqual([refusal('name'), refusal('phrases.1')]);
    });

    it('are refused in a query string and a path', async () => {
      const search = await comms.agent.get('/api/mentions?q=open%00university').expect(400);
      expect(search.body.message).toEqual([refusal('q')]);
      const platform = await comms.agent.get('/api/mentions/summary?platform=x%00').expect(400);
      expect(platform.body.message).toEqual([refusal('platform')]);
      const path = await comms.agent.get('/api/mentions/1%00').expect(400);
      expect(path.body.message).toEqual([refusal('id')]);
    });

    it('are not refused when paired, as in an emoji', async () => {
      await comms.agent.post(`/api/mentions/${mentionId}/notes`).send({ body: 'Thanks 😀' }).expect(201);
    });
  });

  describe('text-direction overrides', () => {
    it('are dropped from what staff type, so a note reads as it was written everywhere it is shown', async () => {
      // U+202E would make "the file gnp.exe" display as "the file exe.png".
      const note = await comms.agent
        .post(`/api/mentions/${mentionId}/notes`)
        .send({ body: 'the file \u202Egnp.exe\u202C is fine' })
        .expect(201);
      expect(note.body.body).toBe('the file gnp.exe is fine');
      const [stored] = (await t.db.query(`SELECT body FROM notes WHERE id = $1`, [note.body.id])) as { body: string }[];
      expect(stored!.body).toBe('the file gnp.exe is fine');
      // A note of nothing but overrides is blank, as one of spaces is.
      const blank = await comms.agent
        .post(`/api/mentions/${mentionId}/notes`)
        .send({ body: '\u202E\u2066' })
        .expect(400);
      // Said once, though two of the field's rules find it.
      expect(blank.body.message).toEqual(['body is required']);
    });
  });

  it('a platform the product has never heard of is a 400 on the queue and its counts, not an empty answer', async () => {
    const list = await comms.agent.get('/api/mentions?platform=myspace').expect(400);
    expect(list.body.message).toEqual([expect.stringMatching(/^platform must be one of x, /)]);
    await comms.agent.get('/api/mentions/summary?platform=myspace').expect(400);
    await comms.agent.get('/api/mentions/summary?platform=mastodon').expect(200);
  });

  describe('cursors and ids', () => {
    it('a cursor that decodes to an impossible value is a 400, not a database error', async () => {
      const bad = [
        cursor({ s: 'risk', t: 0, k: '1e-50', i: '1' }),
        cursor({ s: 'newest', t: 0, k: '2026-02-30T00:00:00.000000Z', i: '1' }),
        cursor({ s: 'newest', t: 0, k: '0000-01-01T00:00:00.000000Z', i: '1' }),
        cursor({ s: 'newest', t: 0, k: '2026-01-31T24:00:00.000000Z', i: '1' }),
        cursor({ s: 'newest', t: 2, k: '2026-01-31T09:00:00.000000Z', i: '1' }),
        cursor({ s: 'newest', t: 7, k: '2026-01-31T09:00:00.000000Z', i: '1' }),
        cursor({ s: 'newest', p: true, k: '2026-01-31T09:00:00.000000Z', i: '1' }),
      ];
      for (const c of bad) {
        const sort = c === bad[0] ? 'risk' : 'newest';
        const res = await comms.agent.get(`/api/mentions?sort=${sort}&cursor=${c}`);
        expect({ c, status: res.status, message: res.body.message }).toEqual({
          c,
          status: 400,
          message: 'cursor must be the nextCursor of a previous page',
        });
      }
    });

    it('a cursor for a real time or a tiny real score is still followed', async () => {
      const newest = await comms.agent
        .get(
          `/api/mentions?sort=newest&cursor=${cursor({ s: 'newest', t: 0, k: '2099-12-31T23:59:59.999999Z', i: '999' })}`,
        )
        .expect(200);
      expect((newest.body as MentionPage).items.map((m) => m.id)).toContain(mentionId);
      await comms.agent.get(`/api/mentions?cursor=${cursor({ s: 'risk', t: 0, k: '1e-40', i: '1' })}`).expect(200);
      // One written before the risk sort had bands (p: pinned) is still followed.
      await comms.agent.get(`/api/mentions?cursor=${cursor({ s: 'risk', p: true, k: '0.5', i: '1' })}`).expect(200);
    });

    it('minScore below what a real can hold counts as 0', async () => {
      const res = await comms.agent.get('/api/mentions/summary?minScore=1e-50').expect(200);
      expect(res.body.total).toBeGreaterThanOrEqual(1);
    });

    it('ids past bigint are a 400 on sources and watch queries', async () => {
      for (const path of ['/api/sources/99999999999999999999', '/api/watch-queries/99999999999999999999']) {
        const res = await admin.agent.patch(path).send({ enabled: false });
        expect({ path, status: res.status }).toEqual({ path, status: 400 });
        expect(JSON.stringify(res.body)).not.toMatch(/bigint|integer|out of range/i);
      }
    });

    it('?assignee=ME is the caller, as ?assignee=me is', async () => {
      const lower = await comms.agent.get('/api/mentions?assignee=me').expect(200);
      const upper = await comms.agent.get('/api/mentions?assignee=ME').expect(200);
      expect((upper.body as MentionPage).items.map((m) => m.id)).toEqual([mentionId]);
      expect(upper.body).toEqual(lower.body);
      await discipline.agent.get('/api/escalations?assignee=ME').expect(200);
      await discipline.agent.get('/api/escalations?assignee=None').expect(200);
    });
  });

  describe('null for a field that cannot be null', () => {
    it('is a 400 naming the field, on every update that has such fields', async () => {
      const cases: [string, Record<string, null>, string][] = [
        [`/api/watch-queries/${watchQueryId}`, { includeReposts: null }, 'includeReposts must be a boolean value'],
        [`/api/watch-queries/${watchQueryId}`, { phrases: null }, 'phrases must be an array'],
        [`/api/sources/${sourceId}`, { enabled: null }, 'enabled must be a boolean value'],
        [`/api/sources/${sourceId}`, { pollIntervalSeconds: null }, 'pollIntervalSeconds must be an integer number'],
      ];
      for (const [path, body, message] of cases) {
        const res = await admin.agent.patch(path).send(body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect(res.body.message).toContain(message);
      }
    });

    it('is still allowed where null means something (no language filter)', async () => {
      const res = await admin.agent.patch(`/api/watch-queries/${watchQueryId}`).send({ language: null }).expect(200);
      expect(res.body.language).toBeNull();
    });
  });

  describe('a database error that gets past the checks', () => {
    beforeAll(() => failNotesWithTheirSqlState(t));

    it.each([
      ['22023', 400, 'A value in the request is not one the server can store or compare'],
      ['23505', 409, 'The request conflicts with data already stored'],
      ['40001', 503, 'The database is busy: try again in a moment'],
      ['XX000', 500, 'Internal server error'],
    ])('SQLSTATE %s is a %i that does not quote the database', async (sqlState, status, message) => {
      const res = await comms.agent
        .post(`/api/mentions/${mentionId}/notes`)
        .send({ body: `${sqlState} call 07700 900123` })
        .expect(status);
      expect(res.body).toEqual({ statusCode: status, error: expect.any(String) as string, message });
      expect(res.headers['retry-after']).toBe(status === 503 ? '10' : undefined);
    });
  });
});
