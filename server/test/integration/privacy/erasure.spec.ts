import { AuditService } from '../../../src/audit/audit.service';
import { IngestService } from '../../../src/ingest/ingest.service';
import { type FakeXServer, startFakeX } from '../../../tools/fakes/x/fake-x.server';
import { signInAs, type SignedIn } from '../../support/auth';
import { newTestApp, type TestApp } from '../../support/test-app';
import { newMention } from '../../support/mentions-factory';
import { newCase } from './privacy-fixtures';

jest.setTimeout(900_000);

const HANDLE = 'tm254_night_owl';
const AUTHOR_ID = '7733991155';

/** Every (table, column) of text, text[], json or jsonb type, anywhere in the schema. */
async function textColumns(t: TestApp): Promise<{ table_name: string; column_name: string }[]> {
  return t.asOwner(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
      WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
        AND (c.data_type IN ('text', 'character varying', 'json', 'jsonb') OR c.udt_name IN ('_text', '_varchar'))
      ORDER BY 1, 2`,
  );
}

/** Where a string appears, as "table.column (rows)", searching every text column of every table. */
async function whereFound(t: TestApp, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const { table_name, column_name } of await textColumns(t)) {
    const [row] = await t.asOwner<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE strpos(lower("${column_name}"::text), lower($1)) > 0`,
      [needle],
    );
    if (row!.n > 0) found.push(`${table_name}.${column_name} (${row!.n})`);
  }
  return found;
}

describe('erasure and subject access', () => {
  let fake: FakeXServer;
  let t: TestApp;
  let admin: SignedIn;
  let comms: SignedIn;
  let ingest: IngestService;
  let xSourceId: string;
  let otherMention: string;

  const theirMentions = async () =>
    (await t.db.query(`SELECT id::text, version FROM mentions WHERE author_id = $1 ORDER BY mentions.id`, [
      AUTHOR_ID,
    ])) as {
      id: string;
      version: number;
    }[];

  beforeAll(async () => {
    fake = await startFakeX({ posts: 36, authorIds: { [HANDLE]: AUTHOR_ID } });
    t = await newTestApp({ env: { X_BEARER_TOKEN: 'test-token', X_API_BASE_URL: fake.url, DEMO: 'off' } });
    ingest = t.app.get(IngestService);
    const [row] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'x'`)) as { id: string }[];
    xSourceId = row!.id;
    await ingest.runSource(xSourceId, { force: true });
    admin = await signInAs(t, 'admin');
    comms = await signInAs(t, 'comms');
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('stored the author six times over, with a note, a mark and a case about their posts', async () => {
    const mine = await theirMentions();
    expect(mine).toHaveLength(6);
    await comms.agent
      .post(`/api/mentions/${mine[0]!.id}/notes`)
      .send({ body: `@${HANDLE} posts about this every week` })
      .expect(201);
    await comms.agent
      .post(`/api/mentions/${mine[1]!.id}/mark`)
      .send({ mark: 'no_action', note: `${HANDLE} again, nothing new`, version: mine[1]!.version })
      .expect(200);
    await comms.agent
      .post(`/api/mentions/${mine[4]!.id}/hide`)
      .send({ reason: `abusive, as @${HANDLE} always is`, version: mine[4]!.version })
      .expect(200);
    // A post by someone else, hidden with a reason that names the author.
    const [other] = (await t.db.query(
      `SELECT id::text, version FROM mentions WHERE author_id <> $1 ORDER BY mentions.id LIMIT 1`,
      [AUTHOR_ID],
    )) as { id: string; version: number }[];
    otherMention = other!.id;
    await comms.agent
      .post(`/api/mentions/${other!.id}/hide`)
      .send({ reason: `pile-on started by @${HANDLE}`, version: other!.version })
      .expect(200);
    await comms.agent
      .post(`/api/mentions/${mine[2]!.id}/escalate`)
      .send({ reason: 'needs a look', severity: 'high', version: mine[2]!.version })
      .expect(200);
    expect(await whereFound(t, HANDLE)).toEqual(
      expect.arrayContaining([
        'mentions.author_handle (6)',
        'notes.body (1)',
        'escalations.evidence (1)',
        'audit_texts.body (3)',
      ]),
    );
    // The chained rows carry only a keyed hash of what staff typed, never the text.
    expect((await whereFound(t, HANDLE)).filter((f) => f.startsWith('audit_log'))).toEqual([]);
  });

  it('refuses an id and a handle that belong to two people, and a platform it has never heard of, erasing nothing', async () => {
    const erase = (body: object) => admin.agent.post('/api/privacy/erasures/author').send(body);
    const mismatch = await erase({ platform: 'x', authorId: 'someone-else-entirely', handle: HANDLE }).expect(400);
    expect(mismatch.body.message).toMatch(/belongs to a different author id/);
    const unknown = await erase({ platform: 'myspace', authorId: AUTHOR_ID }).expect(400);
    expect(unknown.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^platform must be one of x, /)]),
    );

    expect(await theirMentions()).toHaveLength(6);
    expect(await t.db.query(`SELECT 1 FROM suppressions`)).toEqual([]);
  });

  it('exports every row held about the author, and audits the export without their handle', async () => {
    await comms.agent
      .put(`/api/authors/x/${AUTHOR_ID}/watch`)
      .send({ reason: 'Posts about staff every week' })
      .expect(200);
    await comms.agent.post(`/api/authors/x/${AUTHOR_ID}/reports`).send({ reason: 'Impersonating a tutor' }).expect(201);
    const res = await admin.agent.post('/api/privacy/exports/author').send({ platform: 'x', handle: `@${HANDLE}` });
    // What the team keeps about the person beyond their posts is theirs to see too.
    expect(res.body.watchlist).toEqual([
      { reason: 'Posts about staff every week', added_by_email: comms.user.email, added_at: expect.any(String) },
    ]);
    expect(res.body.accountReports).toEqual([
      expect.objectContaining({ reason: 'Impersonating a tutor', at: expect.any(String) }),
    ]);
    expect(res.status).toBe(200);
    const mine = await theirMentions();
    expect(res.body).toMatchObject({ platform: 'x', authorId: AUTHOR_ID, handles: [HANDLE], suppressed: false });
    expect(res.body.mentions.map((m: { id: string }) => m.id)).toEqual(mine.map((m) => m.id));
    const [counts] = (await t.db.query(
      `SELECT (SELECT count(*)::int FROM classifications WHERE mention_id = ANY($1::bigint[])) AS classifications,
              (SELECT count(*)::int FROM mention_marks WHERE mention_id = ANY($1::bigint[])) AS marks,
              (SELECT count(*)::int FROM notes WHERE mention_id = ANY($1::bigint[])) AS notes,
              (SELECT count(*)::int FROM escalations WHERE mention_id = ANY($1::bigint[])) AS escalations`,
      [mine.map((m) => m.id)],
    )) as Record<string, number>[];
    expect({
      classifications: res.body.classifications.length,
      marks: res.body.marks.length,
      notes: res.body.notes.length,
      escalations: res.body.escalations.length,
    }).toEqual(counts);
    expect(counts).toMatchObject({ marks: 1, notes: 1, escalations: 1 });
    expect(res.body.notes[0].body).toContain(HANDLE);
    const [audit] = (await t.db.query(
      `SELECT target_id, details FROM audit_log WHERE action = 'privacy.export_author'`,
    )) as { target_id: string; details: object }[];
    expect(audit!.target_id).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(audit)).not.toContain(HANDLE);
    expect(JSON.stringify(audit)).not.toContain(AUTHOR_ID);
  });

  it('keeps and reports a case under a legal hold', async () => {
    const mine = await theirMentions();
    const held = await newCase(t, mine[3]!.id, { held: true });
    const res = await admin.agent.post('/api/privacy/erasures/author').send({ platform: 'x', authorId: AUTHOR_ID });
    expect(res.status).toBe(200);
    // Blanked: the mark's comment, the case's reason and the hide reasons, on their posts and the other one.
    expect(res.body).toMatchObject({ mentions: 5, escalations: 1, heldEscalationIds: [held], auditTexts: 4 });
    expect(await theirMentions()).toEqual([expect.objectContaining({ id: mine[3]!.id })]);
    expect(await whereFound(t, HANDLE)).toEqual([
      'escalations.evidence (1)',
      'mentions.author_handle (1)',
      'mentions.url (1)',
    ]);

    // The case says an erasure waits for its hold; releasing the hold carries it out.
    const officer = await signInAs(t, 'discipline');
    const waiting = (await officer.agent.get(`/api/privacy/cases/${held}/hold`).expect(200)).body;
    expect(waiting).toMatchObject({ held: true, erasurePendingSince: expect.any(String), erased: false });
    const released = await officer.agent
      .put(`/api/privacy/cases/${held}/hold`)
      .send({ held: false, reason: 'Proceedings ended' })
      .expect(200);
    expect(released.body).toMatchObject({ held: false, erased: true });
    expect(await theirMentions()).toEqual([]);
    expect(await whereFound(t, HANDLE)).toEqual([]);
    await officer.agent.get(`/api/escalations/${held}`).expect(404);
    const [deferred] = await t.db.query(
      `SELECT actor_email, target_id, details FROM audit_log WHERE action = 'privacy.erase_deferred'`,
    );
    expect(deferred).toMatchObject({
      actor_email: officer.user.email,
      target_id: res.body.authorHash,
      details: { releasedEscalationId: held, escalations: 1, mentions: 1 },
    });
    const again = await admin.agent.post('/api/privacy/erasures/author').send({ platform: 'x', authorId: AUTHOR_ID });
    expect(again.body).toMatchObject({ mentions: 0, escalations: 0, heldEscalationIds: [] });
  });

  it('a hold released on a case with no erasure waiting deletes nothing', async () => {
    const post = await newMention(t, { text: 'Someone else entirely' });
    const id = await newCase(t, post.id, { held: true });
    const officer = await signInAs(t, 'discipline');
    const released = await officer.agent
      .put(`/api/privacy/cases/${id}/hold`)
      .send({ held: false, reason: 'Not needed' })
      .expect(200);
    expect(released.body).toMatchObject({ held: false, erased: false, erasurePendingSince: null });
    await officer.agent.get(`/api/escalations/${id}`).expect(200);
  });

  it("leaves the author's handle and id in no column of any table", async () => {
    expect(await whereFound(t, HANDLE)).toEqual([]);
    expect(await whereFound(t, AUTHOR_ID)).toEqual([]);
    const [hidden] = (await t.db.query(
      `SELECT audit_details_read(id, details) AS details FROM audit_log WHERE action = 'mention.hide' AND target_id = $1`,
      [otherMention],
    )) as { details: object }[];
    expect(hidden!.details).toEqual({ from: 'new', reason: '[erased]' });
    // The chain and every text left still verify; the blanked ones are each accounted for by an erasure
    // (four by the erasure itself, one about the held case when its release erased it).
    expect(await t.app.get(AuditService).verify()).toMatchObject({ ok: true, erasedTexts: 5 });
    const audits = (await t.db.query(
      `SELECT target_id, details FROM audit_log WHERE action = 'privacy.erase_author'`,
    )) as { target_id: string }[];
    expect(audits).toHaveLength(2);
    expect(audits[0]!.target_id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('drops their posts when the platform serves them again, before they are classified or stored, and counts them', async () => {
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM mentions`)) as { n: number }[];
    await t.db.query(`DELETE FROM source_cursors`);
    fake.addPosts(12);
    await ingest.runSource(xSourceId, { force: true });
    expect(await theirMentions()).toEqual([]);
    const after = (await t.db.query(`SELECT count(*)::int AS n FROM mentions`)) as { n: number }[];
    expect(after[0]!.n).toBe(before[0]!.n + 10);
    const [suppression] = (await t.db.query(`SELECT dropped::int FROM suppressions`)) as { dropped: number }[];
    expect(suppression!.dropped).toBe(8);
    expect(await whereFound(t, HANDLE)).toEqual([]);
    expect(await whereFound(t, AUTHOR_ID)).toEqual([]);
  });

  it('erases one mention, refusing while a held case needs it', async () => {
    const [other] = (await t.db.query(`SELECT id::text FROM mentions ORDER BY id LIMIT 1`)) as { id: string }[];
    const held = await newCase(t, other!.id, { held: true });
    const refused = await admin.agent.post(`/api/privacy/erasures/mention/${other!.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.heldEscalationIds).toEqual([held]);
    await t.db.query(`UPDATE escalations SET legal_hold = false WHERE id = $1`, [held]);
    const res = await admin.agent.post(`/api/privacy/erasures/mention/${other!.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ mentions: 1, escalations: 1 });
    expect(await t.db.query(`SELECT 1 FROM mentions WHERE id = $1`, [other!.id])).toEqual([]);
    expect((await admin.agent.post('/api/privacy/erasures/mention/999999')).status).toBe(404);
  });

  it('refuses an author it cannot identify with a clear 400', async () => {
    const res = await admin.agent.post('/api/privacy/erasures/author').send({ platform: 'x', handle: 'nobody_here' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/give the author id/i);
    expect(res.body.message).toMatch(/^Nothing was erased: no stored post on x links the handle @nobody_here/);
    const exported = await admin.agent
      .post('/api/privacy/exports/author')
      .send({ platform: 'x', handle: 'nobody_here' });
    expect(exported.status).toBe(404);
    expect(exported.body.message).toMatch(/^Nothing is stored on x under the handle @nobody_here/);
    expect((await admin.agent.post('/api/privacy/erasures/author').send({ platform: 'x' })).status).toBe(400);
  });

  it('tells an empty request once, in plain words, to give an id or a handle', async () => {
    for (const body of [{ platform: 'x' }, { platform: 'x', authorId: '', handle: '' }]) {
      const empty = await admin.agent.post('/api/privacy/exports/author').send(body);
      expect(empty.status).toBe(400);
      expect(empty.body.message).toEqual(["Give the author's id or their handle"]);
    }
    const tooLong = await admin.agent
      .post('/api/privacy/exports/author')
      .send({ platform: 'x', authorId: '9'.repeat(201) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.message).toEqual(["The author's id can be at most 200 characters long"]);
    const notText = await admin.agent.post('/api/privacy/erasures/author').send({ platform: 'x', handle: 7 });
    expect(notText.status).toBe(400);
    expect(notText.body.message).toEqual(['The handle must be text']);
  });
});
