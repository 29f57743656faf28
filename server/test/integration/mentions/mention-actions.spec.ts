import type { MentionConflict, MentionDetail, MentionListItem, MentionPage } from '@ou-listening/shared';
import { createUser, signInAs, type SignedIn } from '../../support/auth';
import { auditRowsFor, newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

describe('acting on a mention: hide, unhide, escalate, mark, assign, notes', () => {
  let t: TestApp;
  let comms: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await newTestApp();
    comms = await signInAs(t, 'comms');
    admin = await signInAs(t, 'admin');
  });
  afterAll(() => t.close());

  const queueIds = async (query = '') =>
    (
      (await comms.agent.get(`/api/mentions?limit=100${query.replace('?', '&')}`).expect(200)).body as MentionPage
    ).items.map((i) => i.id);
  const row = async (id: string) =>
    (
      (await t.db.query(`SELECT status, hidden, version, assignee_id FROM mentions WHERE id = $1`, [id])) as {
        status: string;
        hidden: boolean;
        version: number;
        assignee_id: string | null;
      }[]
    )[0];

  describe('hide and unhide', () => {
    it('hides with a reason: the mention leaves the default queue, and one audit row says who and why', async () => {
      const { id } = await newMention(t, { categories: [{ category: 'disrepute', score: 0.8 }] });
      expect(await queueIds()).toContain(id);
      const res = await comms.agent
        .post(`/api/mentions/${id}/hide`)
        .send({ reason: 'abusive', version: 1 })
        .expect(200);
      expect(res.body as MentionListItem).toMatchObject({ id, status: 'hidden', hidden: true, version: 2 });
      expect(await queueIds()).not.toContain(id);
      expect(await queueIds('?status=hidden')).toContain(id);
      expect(await auditRowsFor(t, id)).toEqual([
        { action: 'mention.hide', actor_email: comms.user.email, details: { reason: 'abusive', from: 'new' } },
      ]);
    });

    it('unhides: the mention returns to the queue as reviewed', async () => {
      const { id } = await newMention(t, { status: 'hidden' });
      const res = await admin.agent.post(`/api/mentions/${id}/unhide`).send({ version: 1 }).expect(200);
      expect(res.body).toMatchObject({ id, status: 'reviewed', hidden: false, version: 2 });
      expect(await queueIds()).toContain(id);
      expect(await auditRowsFor(t, id)).toEqual([
        { action: 'mention.unhide', actor_email: admin.user.email, details: { from: 'hidden' } },
      ]);
    });

    it('undoing a hide puts back the status the hide found: a new mention comes back new', async () => {
      const { id } = await newMention(t);
      await comms.agent.post(`/api/mentions/${id}/hide`).send({ reason: 'spam', version: 1 }).expect(200);
      await comms.agent.post(`/api/mentions/${id}/hide`).send({ reason: 'again', version: 2 }).expect(200);
      const res = await comms.agent.post(`/api/mentions/${id}/unhide`).send({ version: 3 }).expect(200);
      expect(res.body).toMatchObject({ id, status: 'new', hidden: false, version: 4 });
    });

    it('unhiding a mention that is not hidden is a 409 with its state', async () => {
      const { id } = await newMention(t);
      const res = await comms.agent.post(`/api/mentions/${id}/unhide`).send({ version: 1 }).expect(409);
      expect(res.body).toMatchObject({ message: 'This mention is not hidden, so it cannot be unhidden' });
      expect(res.body.current).toMatchObject({ id, status: 'new', version: 1 });
      expect(await auditRowsFor(t, id)).toEqual([]);
    });

    it.each([
      ['no reason', { version: 1 }, /reason is required/],
      ['an empty reason', { reason: '', version: 1 }, /reason is required/],
      ['a blank reason', { reason: '   ', version: 1 }, /reason is required/],
      ['a reason of zero-width spaces', { reason: '\u200b\u200b\ufeff', version: 1 }, /reason is required/],
      [
        'a 501-character reason',
        { reason: 'x'.repeat(501), version: 1 },
        /reason must be shorter than or equal to 500/,
      ],
      ['no version', { reason: 'spam' }, /version must be the whole number from the mention/],
      ['a version that is not a number', { reason: 'spam', version: 'one' }, /version must be the whole number/],
    ])('hide with %s is a 400', async (_label, body, message) => {
      const { id } = await newMention(t);
      const res = await comms.agent.post(`/api/mentions/${id}/hide`).send(body).expect(400);
      expect([res.body.message].flat().join('; ')).toMatch(message);
      expect(await row(id)).toMatchObject({ status: 'new', version: 1 });
    });
  });

  describe('optimistic concurrency', () => {
    it('a stale version is a 409 carrying the current state, and nothing is overwritten', async () => {
      const { id } = await newMention(t, { categories: [{ category: 'litigation', score: 0.7 }] });
      // comms marks it first …
      await comms.agent.post(`/api/mentions/${id}/mark`).send({ mark: 'needs_follow_up', version: 1 }).expect(200);
      // … then admin, still looking at version 1, tries to hide it.
      const res = await admin.agent.post(`/api/mentions/${id}/hide`).send({ reason: 'spam', version: 1 }).expect(409);
      const body = res.body as MentionConflict;
      expect(body).toMatchObject({
        statusCode: 409,
        error: 'Conflict',
        message: expect.stringMatching(/^This mention was changed by someone else/),
      });
      expect(body.current).toMatchObject({
        id,
        status: 'reviewed',
        hidden: false,
        version: 2,
        latestMark: { mark: 'needs_follow_up', by: { id: comms.user.id, displayName: 'Test comms' } },
      });
      expect(await row(id)).toMatchObject({ status: 'reviewed', hidden: false, version: 2 });
      expect((await auditRowsFor(t, id)).map((r) => r.action)).toEqual(['mention.mark']);
    });

    it.each([
      ['hide', { reason: 'spam', version: 7 }],
      ['unhide', { version: 7 }],
      ['escalate', { reason: 'threat', severity: 'high', version: 7 }],
      ['mark', { mark: 'no_action', version: 7 }],
    ])('%s with a stale version is a 409', async (action, body) => {
      const { id } = await newMention(t, { status: 'hidden' });
      const res = await comms.agent.post(`/api/mentions/${id}/${action}`).send(body).expect(409);
      expect(res.body.current).toMatchObject({ id, version: 1, status: 'hidden' });
      expect(await auditRowsFor(t, id)).toEqual([]);
    });

    it('two simultaneous actions on the same version: exactly one wins', async () => {
      const { id } = await newMention(t);
      const results = await Promise.all([
        comms.agent.post(`/api/mentions/${id}/hide`).send({ reason: 'spam', version: 1 }),
        admin.agent.post(`/api/mentions/${id}/mark`).send({ mark: 'responded', version: 1 }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(await row(id)).toMatchObject({ version: 2 });
      expect(await auditRowsFor(t, id)).toHaveLength(1);
    });
  });

  describe('escalate', () => {
    it('opens an escalation with its evidence snapshot and marks the mention escalated', async () => {
      const { id } = await newMention(t, {
        text: 'Meet me outside the exam centre, I know where you live',
        categories: [
          { category: 'disrepute', score: 0.9, evidence: [{ start: 0, end: 7, text: 'Meet me', reason: 'x' }] },
        ],
      });
      const res = await comms.agent
        .post(`/api/mentions/${id}/escalate`)
        .send({ reason: 'Threat to a student', severity: 'urgent', version: 1 })
        .expect(200);
      const escalationId = res.body.escalationId as string;
      expect(res.body.mention).toMatchObject({
        id,
        status: 'escalated',
        version: 2,
        escalation: { id: escalationId, status: 'open', severity: 'urgent' },
      });
      const [escalation] = await t.db.query(
        `SELECT mention_id::text, raised_by::text, reason, severity, categories, evidence FROM escalations WHERE id = $1`,
        [escalationId],
      );
      expect(escalation).toMatchObject({
        mention_id: id,
        raised_by: comms.user.id,
        reason: 'Threat to a student',
        severity: 'urgent',
        categories: ['disrepute'],
        evidence: expect.objectContaining({ text: 'Meet me outside the exam centre, I know where you live' }),
      });
      expect(await auditRowsFor(t, id)).toEqual([
        {
          action: 'mention.escalate',
          actor_email: comms.user.email,
          details: { escalationId, severity: 'urgent', reason: 'Threat to a student', from: 'new' },
        },
      ]);
      const [created] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'escalation.create' AND target_id = $1`,
        [escalationId],
      );
      expect(created.n).toBe(1);
      expect(await queueIds()).not.toContain(id);
      expect(await queueIds('?status=escalated')).toContain(id);
    });

    it('a mention with an open case cannot be escalated again', async () => {
      const { id } = await newMention(t);
      await comms.agent
        .post(`/api/mentions/${id}/escalate`)
        .send({ reason: 'first', severity: 'low', version: 1 })
        .expect(200);
      const res = await comms.agent
        .post(`/api/mentions/${id}/escalate`)
        .send({ reason: 'second', severity: 'high', version: 2 })
        .expect(409);
      expect(res.body.message).toMatch(/already has an escalation that is open/);
      const [count] = await t.db.query(`SELECT count(*)::int AS n FROM escalations WHERE mention_id = $1`, [id]);
      expect(count.n).toBe(1);
    });

    it.each([
      [{ reason: 'x', severity: 'catastrophic', version: 1 }, /severity must be one of low, medium, high, urgent/],
      [{ severity: 'low', version: 1 }, /reason is required/],
    ])('escalate %j is a 400', async (body, message) => {
      const { id } = await newMention(t);
      const res = await comms.agent.post(`/api/mentions/${id}/escalate`).send(body).expect(400);
      expect([res.body.message].flat().join('; ')).toMatch(message);
    });
  });

  describe('mark', () => {
    // Issue 19: "False positive" decides the mention, so it becomes dismissed (out of the open queue), not reviewed.
    it('keeps marks as history, stores corrected categories for retraining, and dismisses a false positive', async () => {
      const { id } = await newMention(t, { categories: [{ category: 'disrepute', score: 0.6 }] });
      const first = await comms.agent
        .post(`/api/mentions/${id}/mark`)
        .send({ mark: 'false_positive', categories: [], note: 'Fair criticism (2.4)', version: 1 })
        .expect(200);
      expect(first.body).toMatchObject({
        status: 'dismissed',
        version: 2,
        latestMark: { mark: 'false_positive', by: { id: comms.user.id } },
      });
      await admin.agent
        .post(`/api/mentions/${id}/mark`)
        .send({ mark: 'responded', categories: ['litigation', 'disrepute', 'litigation'], version: 2 })
        .expect(200);
      const marks = await t.db.query(
        `SELECT mark, corrected_categories, note, user_id::text FROM mention_marks WHERE mention_id = $1 ORDER BY id`,
        [id],
      );
      expect(marks).toEqual([
        { mark: 'false_positive', corrected_categories: [], note: 'Fair criticism (2.4)', user_id: comms.user.id },
        { mark: 'responded', corrected_categories: ['litigation', 'disrepute'], note: null, user_id: admin.user.id },
      ]);
      expect((await auditRowsFor(t, id)).map((r) => [r.action, r.details.mark])).toEqual([
        ['mention.mark', 'false_positive'],
        ['mention.mark', 'responded'],
      ]);
    });

    it('marking a hidden or escalated mention keeps its status', async () => {
      const hidden = await newMention(t, { status: 'hidden' });
      const escalated = await newMention(t, { status: 'escalated' });
      await comms.agent.post(`/api/mentions/${hidden.id}/mark`).send({ mark: 'no_action', version: 1 }).expect(200);
      await comms.agent.post(`/api/mentions/${escalated.id}/mark`).send({ mark: 'responded', version: 1 }).expect(200);
      expect(await row(hidden.id)).toMatchObject({ status: 'hidden', hidden: true, version: 2 });
      expect(await row(escalated.id)).toMatchObject({ status: 'escalated', version: 2 });
    });

    it.each([
      [{ mark: 'ignore', version: 1 }, /mark must be one of no_action, false_positive, needs_follow_up, responded/],
      [{ mark: 'no_action', categories: ['rude'], version: 1 }, /categories must be among/],
      [{ mark: 'no_action', categories: 'disrepute', version: 1 }, /categories must be an array/],
    ])('mark %j is a 400', async (body, message) => {
      const { id } = await newMention(t);
      const res = await comms.agent.post(`/api/mentions/${id}/mark`).send(body).expect(400);
      expect([res.body.message].flat().join('; ')).toMatch(message);
    });
  });

  describe('assign', () => {
    it('assigns to a comms or admin user and unassigns with null', async () => {
      const { id } = await newMention(t);
      const res = await comms.agent.post(`/api/mentions/${id}/assign`).send({ userId: comms.user.id }).expect(200);
      expect(res.body).toMatchObject({ assignee: { id: comms.user.id, displayName: 'Test comms' }, version: 2 });
      await comms.agent.post(`/api/mentions/${id}/assign`).send({ userId: admin.user.id }).expect(200);
      const cleared = await comms.agent.post(`/api/mentions/${id}/assign`).send({ userId: null }).expect(200);
      expect(cleared.body).toMatchObject({ assignee: null, version: 4 });
      expect((await auditRowsFor(t, id)).map((r) => r.details)).toEqual([
        { from: null, to: comms.user.id },
        { from: comms.user.id, to: admin.user.id },
        { from: admin.user.id, to: null },
      ]);
    });

    it('refuses users who do not work the queue, disabled users and unknown users', async () => {
      const { id } = await newMention(t);
      const manager = await createUser(t, 'manager');
      const discipline = await createUser(t, 'discipline');
      const leaver = await createUser(t, 'comms');
      await admin.agent.patch(`/api/users/${leaver.id}`).send({ disabled: true }).expect(200);
      for (const [userId, why] of [
        [manager.id, /only comms and admin users work the queue/],
        [discipline.id, /only comms and admin users work the queue/],
        [leaver.id, /the account is disabled/],
        ['00000000-0000-4000-8000-000000000000', /there is no such user/],
        ['not-a-uuid', /userId must be a user id, or null to unassign/],
        [undefined, /userId must be a user id, or null to unassign/],
      ] as const) {
        const res = await comms.agent.post(`/api/mentions/${id}/assign`).send({ userId }).expect(400);
        expect([res.body.message].flat().join('; ')).toMatch(why);
      }
      expect(await row(id)).toMatchObject({ assignee_id: null, version: 1 });
    });
  });

  describe('notes', () => {
    it('adds a note (201) that counts on the queue row and shows in the detail', async () => {
      const { id } = await newMention(t);
      const res = await comms.agent.post(`/api/mentions/${id}/notes`).send({ body: 'Rang the faculty' }).expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        body: 'Rang the faculty',
        author: { id: comms.user.id, displayName: 'Test comms' },
        createdAt: expect.stringMatching(/Z$/),
      });
      const item = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body as MentionDetail;
      expect(item.noteCount).toBe(1);
      expect(item.notes).toEqual([res.body]);
      expect(item.version).toBe(1); // a note does not change the mention's state
      expect(await auditRowsFor(t, id)).toEqual([
        { action: 'mention.note', actor_email: comms.user.email, details: { noteId: res.body.id } },
      ]);
    });

    it.each([
      ['no body', {}],
      ['an empty body', { body: '' }],
      ['a blank body', { body: ' \n ' }],
      ['a body of a zero-width joiner', { body: '\u200d' }],
      ['a 5001-character body', { body: 'x'.repeat(5001) }],
    ])('a note with %s is a 400', async (_label, body) => {
      const { id } = await newMention(t);
      await comms.agent.post(`/api/mentions/${id}/notes`).send(body).expect(400);
      const [count] = await t.db.query(`SELECT count(*)::int AS n FROM notes WHERE mention_id = $1`, [id]);
      expect(count.n).toBe(0);
    });
  });

  describe('GET /api/mentions/:id', () => {
    it('shows the mention with its history oldest first, notes, marks newest first and the author’s other posts', async () => {
      const author = { authorId: 'author-42', authorHandle: 'prolific', platform: 'x' };
      const older = [];
      for (let n = 0; n < 12; n += 1)
        older.push(await newMention(t, { ...author, postedAt: new Date(Date.UTC(2025, 0, 1 + n)) }));
      await newMention(t, { ...author, platform: 'mastodon' }); // same id on another platform: someone else
      const { id } = await newMention(t, {
        ...author,
        categories: [{ category: 'personal_data', score: 0.9 }],
        postedAt: '2025-02-01T00:00:00Z',
      });
      await comms.agent.post(`/api/mentions/${id}/notes`).send({ body: 'first' }).expect(201);
      await comms.agent.post(`/api/mentions/${id}/mark`).send({ mark: 'needs_follow_up', version: 1 }).expect(200);
      await admin.agent.post(`/api/mentions/${id}/hide`).send({ reason: 'doxxing', version: 2 }).expect(200);
      await comms.agent
        .post(`/api/mentions/${id}/mark`)
        .send({ mark: 'responded', categories: ['personal_data'], version: 3 })
        .expect(200);

      const detail = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body as MentionDetail;
      expect(detail).toMatchObject({ id, status: 'hidden', hidden: true, version: 4, noteCount: 1 });
      expect(detail.categories.map((c) => c.category)).toEqual(['personal_data']);
      expect(detail.history.map((h) => [h.action, h.actorEmail])).toEqual([
        ['mention.note', comms.user.email],
        ['mention.mark', comms.user.email],
        ['mention.hide', admin.user.email],
        ['mention.mark', comms.user.email],
      ]);
      expect(detail.history[2]).toMatchObject({ details: { reason: 'doxxing' }, at: expect.stringMatching(/Z$/) });
      expect(detail.notes.map((n) => n.body)).toEqual(['first']);
      expect(detail.marks).toEqual([
        expect.objectContaining({ mark: 'responded', correctedCategories: ['personal_data'] }),
        expect.objectContaining({
          mark: 'needs_follow_up',
          correctedCategories: null,
          by: expect.objectContaining({ id: comms.user.id }),
        }),
      ]);
      expect(detail.authorRecent.map((r) => r.id)).toEqual(
        older
          .slice(2)
          .reverse()
          .map((o) => o.id),
      );
      expect(detail.authorRecent[0]).toEqual({
        id: older[11]!.id,
        text: expect.any(String),
        postedAt: '2025-01-12T00:00:00.000Z',
        topCategory: null,
        riskScore: 0,
        status: 'new',
      });
    });

    it('404 for an unknown mention, 400 for an id that is not one', async () => {
      const res = await comms.agent.get('/api/mentions/999999999').expect(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'No mention with id 999999999' });
      for (const bad of ['abc', '0', '-1', '1.5', '12345678901234567890'])
        expect((await comms.agent.get(`/api/mentions/${bad}`)).status).toBe(400);
    });

    it.each([
      ['hide', { reason: 'spam', version: 1 }],
      ['unhide', { version: 1 }],
      ['escalate', { reason: 'r', severity: 'low', version: 1 }],
      ['mark', { mark: 'no_action', version: 1 }],
      ['assign', { userId: null }],
      ['notes', { body: 'hello' }],
    ])('%s on an unknown mention is a 404', async (action, body) => {
      const res = await comms.agent.post(`/api/mentions/999999999/${action}`).send(body).expect(404);
      expect(res.body.message).toBe('No mention with id 999999999');
    });
  });

  describe('safeguarding pinning', () => {
    it('a new safeguarding mention stays on top of the risk queue until someone acts on it', async () => {
      const urgent = await newMention(t, { categories: [{ category: 'safeguarding', score: 0.3 }] });
      const riskier = await newMention(t, { categories: [{ category: 'personal_data', score: 0.99 }] });
      const before = await queueIds();
      expect(before[0]).toBe(urgent.id);
      expect(before.indexOf(urgent.id)).toBeLessThan(before.indexOf(riskier.id));
      await comms.agent
        .post(`/api/mentions/${urgent.id}/mark`)
        .send({ mark: 'needs_follow_up', version: 1 })
        .expect(200);
      const after = await queueIds();
      expect(after.indexOf(urgent.id)).toBeGreaterThan(after.indexOf(riskier.id));
    });
  });
});
