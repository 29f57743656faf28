import { createUser, signInAs, type SignedIn } from '../../support/auth';
import { newMention, newMentions } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

describe('POST /api/mentions/bulk: all or nothing, one audit row per mention', () => {
  let t: TestApp;
  let comms: SignedIn;

  beforeAll(async () => {
    t = await newTestApp();
    comms = await signInAs(t, 'comms');
  });
  afterAll(() => t.close());

  const rows = async (ids: string[]) =>
    (await t.db.query(
      `SELECT id::text, status, hidden, version, assignee_id::text FROM mentions WHERE id = ANY($1::bigint[]) ORDER BY id`,
      [ids],
    )) as { id: string; status: string; hidden: boolean; version: number; assignee_id: string | null }[];
  const audit = async (ids: string[]) =>
    (await t.db.query(
      `SELECT target_id, action, actor_email, audit_details_read(id, details) AS details FROM audit_log
        WHERE target_type = 'mention' AND target_id = ANY($1::text[]) ORDER BY id`,
      [ids],
    )) as { target_id: string; action: string; actor_email: string; details: Record<string, unknown> }[];
  const three = async () => [(await newMention(t)).id, (await newMention(t)).id, (await newMention(t)).id];

  it('hides three mentions: each changes, each gets its own audit row', async () => {
    const ids = await three();
    const res = await comms.agent
      .post('/api/mentions/bulk')
      .send({ ids, action: 'hide', reason: 'spam wave' })
      .expect(200);
    expect(res.body).toEqual({ updated: 3, versions: Object.fromEntries(ids.map((id) => [id, 2])) });
    expect(await rows(ids)).toEqual(
      ids.map((id) => ({ id, status: 'hidden', hidden: true, version: 2, assignee_id: null })),
    );
    expect(await audit(ids)).toEqual(
      ids.map((id) => ({
        target_id: id,
        action: 'mention.hide',
        actor_email: comms.user.email,
        details: { bulk: true, from: 'new', reason: 'spam wave' },
      })),
    );
    const queue = await comms.agent.get('/api/mentions?limit=100').expect(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).not.toEqual(expect.arrayContaining([ids[0]]));
  });

  it('one unknown id: 404 naming it, and nothing at all is changed', async () => {
    const ids = await three();
    const res = await comms.agent
      .post('/api/mentions/bulk')
      .send({ ids: [...ids, '999999998'], action: 'hide', reason: 'spam' })
      .expect(404);
    expect(res.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'No mention with id 999999998; nothing was changed',
      missing: ['999999998'],
    });
    expect(await rows(ids)).toEqual(
      ids.map((id) => ({ id, status: 'new', hidden: false, version: 1, assignee_id: null })),
    );
    expect(await audit(ids)).toEqual([]);
  });

  it('a mention changed since it was ticked: 409 naming it, and nothing at all is changed', async () => {
    const ids = await three();
    // A colleague marks the second one after it was ticked (at version 1).
    await comms.agent.post(`/api/mentions/${ids[1]}/mark`).send({ mark: 'needs_follow_up', version: 1 }).expect(200);
    const versions = Object.fromEntries(ids.map((id) => [id, 1]));
    const res = await comms.agent
      .post('/api/mentions/bulk')
      .send({ ids, versions, action: 'hide', reason: 'spam' })
      .expect(409);
    expect(res.body).toMatchObject({ changed: [ids[1]], message: expect.stringMatching(/nothing was changed/) });
    expect((await rows(ids)).map((r) => r.hidden)).toEqual([false, false, false]);
    // Ticked again as it now stands, the same action goes through.
    await comms.agent
      .post('/api/mentions/bulk')
      .send({ ids, versions: { ...versions, [ids[1]!]: 2 }, action: 'hide', reason: 'spam' })
      .expect(200);
    for (const versions of [{ '999': 1 }, { [ids[0]!]: 'one' }, { [ids[0]!]: -1 }, []])
      await comms.agent.post('/api/mentions/bulk').send({ ids, versions, action: 'hide', reason: 'x' }).expect(400);
  });

  // Issue 19: "No action needed" decides the mention, so a new one becomes dismissed (it was reviewed).
  it('marks: a mark row each; new mentions marked "no action" are dismissed, hidden ones stay hidden', async () => {
    const fresh = (await newMention(t)).id;
    const hidden = (await newMention(t, { status: 'hidden' })).id;
    await comms.agent
      .post('/api/mentions/bulk')
      .send({ ids: [fresh, hidden, fresh], action: 'mark', mark: 'no_action', note: 'Routine' })
      .expect(200)
      .expect({ updated: 2, versions: { [fresh]: 2, [hidden]: 2 } });
    expect((await rows([fresh, hidden])).map((r) => [r.status, r.version])).toEqual([
      ['dismissed', 2],
      ['hidden', 2],
    ]);
    const marks = await t.db.query(
      `SELECT mention_id::text, mark, note, user_id::text FROM mention_marks WHERE mention_id = ANY($1::bigint[]) ORDER BY mention_id`,
      [[fresh, hidden]],
    );
    expect(marks).toEqual([
      { mention_id: fresh, mark: 'no_action', note: 'Routine', user_id: comms.user.id },
      { mention_id: hidden, mark: 'no_action', note: 'Routine', user_id: comms.user.id },
    ]);
    expect((await audit([fresh, hidden])).map((a) => [a.target_id, a.action])).toEqual([
      [fresh, 'mention.mark'],
      [hidden, 'mention.mark'],
    ]);
  });

  describe('undo: unhide and unmark with the versions the bulk action answered', () => {
    const bulk = (body: object) => comms.agent.post('/api/mentions/bulk').send(body);

    it('undoes a bulk hide: each mention back as it was, a pinned one still pinned', async () => {
      const plain = (await newMention(t)).id;
      const reviewed = (await newMention(t, { status: 'reviewed' })).id;
      const pinned = (await newMention(t, { categories: [{ category: 'safeguarding', score: 0.9 }] })).id;
      const ids = [plain, reviewed, pinned];
      const hidden = (await bulk({ ids, action: 'hide', reason: 'spam wave' }).expect(200)).body;
      const undone = await bulk({ ids, versions: hidden.versions, action: 'unhide' }).expect(200);
      expect(undone.body).toEqual({ updated: 3, versions: { [plain]: 3, [reviewed]: 3, [pinned]: 3 } });
      expect((await rows(ids)).map((r) => [r.id, r.status, r.hidden])).toEqual([
        [plain, 'new', false],
        [reviewed, 'reviewed', false],
        [pinned, 'new', false],
      ]);
      const [row] = await t.db.query(`SELECT pinned FROM mentions WHERE id = $1`, [pinned]);
      expect(row).toEqual({ pinned: true });
      expect((await audit(ids)).filter((a) => a.action === 'mention.unhide').map((a) => a.details)).toEqual([
        { bulk: true, from: 'hidden' },
        { bulk: true, from: 'hidden' },
        { bulk: true, from: 'hidden' },
      ]);
    });

    it('undoes a bulk mark: the marks are taken back and each status restored', async () => {
      const ids = await three();
      const marked = (await bulk({ ids, action: 'mark', mark: 'false_positive' }).expect(200)).body;
      expect((await rows(ids)).map((r) => r.status)).toEqual(['dismissed', 'dismissed', 'dismissed']);
      await bulk({ ids, versions: marked.versions, action: 'unmark' }).expect(200);
      expect((await rows(ids)).map((r) => r.status)).toEqual(['new', 'new', 'new']);
      const [marks] = await t.db.query(
        `SELECT count(*)::int AS n FROM mention_marks WHERE mention_id = ANY($1::bigint[])`,
        [ids],
      );
      expect(marks).toEqual({ n: 0 });
    });

    it('never takes back a decision made since: 409 naming the mention, and nothing is undone', async () => {
      const ids = await three();
      const hidden = (await bulk({ ids, action: 'hide', reason: 'spam' }).expect(200)).body;
      // A colleague unhides the first, then someone hides it again: same state, later version.
      await comms.agent.post(`/api/mentions/${ids[0]}/unhide`).send({ version: 2 }).expect(200);
      await comms.agent.post(`/api/mentions/${ids[0]}/hide`).send({ version: 3, reason: 'again' }).expect(200);
      const refused = await bulk({ ids, versions: hidden.versions, action: 'unhide' }).expect(409);
      expect(refused.body.changed).toEqual([ids[0]]);
      expect(refused.body.message).toBe(
        'One of these mentions was changed since, by someone else or another action; nothing was undone.',
      );
      expect((await rows(ids)).map((r) => r.hidden)).toEqual([true, true, true]);

      // A mark someone else made since is not the caller's to undo, even at the right version.
      const other = await signInAs(t, 'comms');
      const fresh = await three();
      const marked = (await bulk({ ids: fresh, action: 'mark', mark: 'no_action' }).expect(200)).body;
      const v = marked.versions[fresh[2]!];
      await other.agent
        .post(`/api/mentions/${fresh[2]}/mark`)
        .send({ mark: 'needs_follow_up', version: v })
        .expect(200);
      const versions = { ...marked.versions, [fresh[2]!]: v + 1 };
      const notMine = await bulk({ ids: fresh, versions, action: 'unmark' }).expect(409);
      expect(notMine.body.changed).toEqual([fresh[2]]);
      expect((await rows(fresh)).map((r) => r.status)).toEqual(['dismissed', 'dismissed', 'reviewed']);
    });

    it.each([
      ['without versions', (ids: string[]) => ({ ids, action: 'unhide' }), /versions must give the version of every/],
      [
        'with a version missing',
        (ids: string[]) => ({ ids, versions: { [ids[0]!]: 2 }, action: 'unmark' }),
        /versions must give the version of every/,
      ],
      [
        'with a reason',
        (ids: string[]) => ({
          ids,
          versions: Object.fromEntries(ids.map((id) => [id, 1])),
          action: 'unhide',
          reason: 'x',
        }),
        /reason cannot be given with the unhide action/,
      ],
    ])('an undo %s is a 400', async (_label, body, message) => {
      const ids = await three();
      const res = await bulk(body(ids)).expect(400);
      expect([res.body.message].flat().join('; ')).toMatch(message);
    });
  });

  it('assigns and unassigns', async () => {
    const ids = await three();
    await comms.agent.post('/api/mentions/bulk').send({ ids, action: 'assign', userId: comms.user.id }).expect(200);
    expect((await rows(ids)).map((r) => r.assignee_id)).toEqual([comms.user.id, comms.user.id, comms.user.id]);
    await comms.agent.post('/api/mentions/bulk').send({ ids, action: 'assign', userId: null }).expect(200);
    expect((await rows(ids)).map((r) => [r.assignee_id, r.version])).toEqual([
      [null, 3],
      [null, 3],
      [null, 3],
    ]);
    expect((await audit(ids)).map((a) => a.details.to)).toEqual([
      comms.user.id,
      comms.user.id,
      comms.user.id,
      null,
      null,
      null,
    ]);
  });

  it('assigning to someone who does not work the queue changes nothing', async () => {
    const ids = await three();
    const manager = await createUser(t, 'manager');
    const res = await comms.agent
      .post('/api/mentions/bulk')
      .send({ ids, action: 'assign', userId: manager.id })
      .expect(400);
    expect(res.body.message).toMatch(/only comms and admin users work the queue/);
    expect((await rows(ids)).map((r) => r.version)).toEqual([1, 1, 1]);
  });

  it('up to 500 mentions in one request', async () => {
    const made = await newMentions(
      t,
      Array.from({ length: 500 }, (_, n) => ({ text: `post ${n + 1}`, postedAt: new Date() })),
    );
    const ids = made.map((m) => m.id);
    const flood = await comms.agent
      .post('/api/mentions/bulk')
      .send({ ids, action: 'hide', reason: 'flood' })
      .expect(200);
    expect(flood.body.updated).toBe(500);
    expect(Object.keys(flood.body.versions)).toHaveLength(500);
    expect(await audit(ids)).toHaveLength(500);
    const tooMany = [...ids, String(BigInt(ids[499]!) + 1n)];
    const res = await comms.agent
      .post('/api/mentions/bulk')
      .send({ ids: tooMany, action: 'hide', reason: 'x' })
      .expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining(['ids may name at most 500 mentions']));
  });

  it.each([
    ['no ids', { ids: [], action: 'hide', reason: 'x' }, /ids must name at least one mention/],
    ['an id that is not one', { ids: ['abc'], action: 'hide', reason: 'x' }, /each of ids must be a mention id/],
    ['an unknown action', { ids: ['1'], action: 'delete' }, /action must be one of hide, mark, assign, unhide, unmark/],
    ['hide without a reason', { ids: ['1'], action: 'hide' }, /reason is required/],
    ['mark without a mark', { ids: ['1'], action: 'mark' }, /mark must be one of/],
    ['assign without userId', { ids: ['1'], action: 'assign' }, /userId must be a user id, or null/],
    [
      'a mark on a hide',
      { ids: ['1'], action: 'hide', reason: 'x', mark: 'no_action' },
      /mark cannot be given with the hide action/,
    ],
    ['a reason on an assign', { ids: ['1'], action: 'assign', userId: null, reason: 'x' }, /reason cannot be given/],
  ])('%s is a 400', async (_label, body, message) => {
    const res = await comms.agent.post('/api/mentions/bulk').send(body).expect(400);
    expect([res.body.message].flat().join('; ')).toMatch(message);
  });
});
