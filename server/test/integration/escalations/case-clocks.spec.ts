import type { CaseTimelineEntry, EscalationCounts, EscalationSummary, Severity } from '@ou-listening/shared';
import { EscalationsService } from '../../../src/escalations/escalations.service';
import { signInAs, type SignedIn } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

/** Issue 19 §6: cases with clocks, a timeline in words, and reopening with a reason. */
describe('cases with clocks', () => {
  let t: TestApp;
  let comms: SignedIn;
  let officer: SignedIn;
  let admin: SignedIn;

  async function raise(severity: Severity, raisedAt?: string): Promise<string> {
    const { id: mentionId } = await newMention(t, {
      text: 'The OU tutor’s home address is 12 Walton Road',
      categories: [{ category: 'personal_data', score: 0.9 }],
    });
    const service = t.app.get(EscalationsService);
    const { id } = await t.db.transaction((tx) =>
      service.raise(tx, {
        mentionId,
        reason: 'Shares a tutor’s address',
        severity,
        actor: { id: comms.user.id, email: comms.user.email },
      }),
    );
    await service.notifyRaised(id);
    if (raisedAt) await t.db.query(`UPDATE escalations SET created_at = $2 WHERE id = $1`, [id, raisedAt]);
    return id;
  }

  const version = async (id: string): Promise<number> =>
    (await t.db.query(`SELECT version FROM escalations WHERE id = $1`, [id]))[0].version;

  beforeAll(async () => {
    t = await newTestApp({ env: { CASE_TARGET_MEDIUM: '2h' } });
    comms = await signInAs(t, 'comms');
    officer = await signInAs(t, 'discipline');
    admin = await signInAs(t, 'admin');
    await t.db.query(`UPDATE users SET display_name = 'Chris Comms' WHERE id = $1`, [comms.user.id]);
    await t.db.query(`UPDATE users SET display_name = 'Dana Discipline' WHERE id = $1`, [officer.user.id]);
    await t.db.query(`UPDATE users SET display_name = 'Ada Admin' WHERE id = $1`, [admin.user.id]);
  });
  afterAll(() => t.close());

  it('mark an urgent case overdue once it has waited more than an hour, and a fresh one not', async () => {
    const late = await raise('urgent', new Date(Date.now() - 2 * 3_600_000).toISOString());
    const fresh = await raise('urgent');
    const inbox = await officer.agent.get('/api/escalations?severity=urgent').expect(200);
    const byId = new Map((inbox.body as EscalationSummary[]).map((e) => [e.id, e]));
    expect(byId.get(late)!.clock).toMatchObject({
      target: { amount: 1, unit: 'hours' },
      overdue: true,
      acknowledgedAt: null,
      secondsToAcknowledge: null,
    });
    expect(byId.get(late)!.clock.ageSeconds).toBeGreaterThanOrEqual(2 * 3600 - 5);
    expect(Date.parse(byId.get(late)!.clock.dueAt)).toBe(Date.parse(byId.get(late)!.createdAt) + 3_600_000);
    expect(byId.get(fresh)!.clock.overdue).toBe(false);
  });

  it('give a high case one working day: raised on a Friday at 16:00, due the Monday at 16:00', async () => {
    const id = await raise('high', '2026-11-27T16:00:00Z');
    const { body } = await officer.agent.get(`/api/escalations/${id}`).expect(200);
    expect(body.clock).toMatchObject({
      target: { amount: 1, unit: 'working_days' },
      dueAt: '2026-11-30T16:00:00.000Z',
      overdue: true,
    });
  });

  it('take a severity target from its variable (CASE_TARGET_MEDIUM=2h here)', async () => {
    const id = await raise('medium', new Date(Date.now() - 90 * 60_000).toISOString());
    const { body } = await officer.agent.get(`/api/escalations/${id}`).expect(200);
    expect(body.clock).toMatchObject({ target: { amount: 2, unit: 'hours' }, overdue: false });
  });

  it('record the time to acknowledge, and keep a late acknowledgement marked as over target', async () => {
    const id = await raise('urgent', new Date(Date.now() - 3 * 3_600_000).toISOString());
    const { body } = await officer.agent
      .patch(`/api/escalations/${id}`)
      .send({ status: 'acknowledged', version: await version(id) })
      .expect(200);
    expect(body.clock.acknowledgedAt).not.toBeNull();
    expect(body.clock.secondsToAcknowledge).toBeGreaterThanOrEqual(3 * 3600 - 5);
    expect(body.clock.overdue).toBe(true);
    const [row] = await t.db.query(`SELECT acknowledged_at IS NOT NULL AS set FROM escalations WHERE id = $1`, [id]);
    expect(row.set).toBe(true);
  });

  it('count overdue and urgent cases and the oldest waiting one for the landing page', async () => {
    const { body } = (await officer.agent.get('/api/escalations/counts').expect(200)) as { body: EscalationCounts };
    const [expected] = await t.db.query(
      `SELECT min(created_at) AS oldest, count(*) FILTER (WHERE severity = 'urgent')::int AS urgent
         FROM escalations WHERE status <> 'closed' AND acknowledged_at IS NULL`,
    );
    expect(body.oldestWaitingSince).toBe(new Date(expected.oldest).toISOString());
    const [urgent] = await t.db.query(
      `SELECT count(*)::int AS n FROM escalations WHERE status <> 'closed' AND severity = 'urgent'`,
    );
    expect(body.urgent).toBe(urgent.n);
    // the urgent one waiting 2 h, the high one from November, the urgent one acknowledged late
    expect(body.overdue).toBe(3);
  });

  it('reopen a closed case with a reason: back to acknowledged, outcome cleared, the reason audited trimmed', async () => {
    const id = await raise('high');
    await officer.agent
      .patch(`/api/escalations/${id}`)
      .send({
        status: 'closed',
        outcome: 'referred_safeguarding',
        outcomeNote: 'Passed to the team',
        version: await version(id),
      })
      .expect(200);
    const closed = await t.db.query(`SELECT status, outcome FROM escalations WHERE id = $1`, [id]);
    expect(closed[0]).toEqual({ status: 'closed', outcome: 'referred_safeguarding' });

    const { body } = await officer.agent
      .post(`/api/escalations/${id}/reopen`)
      .send({ reason: '  The student posted again\n', version: await version(id) })
      .expect(200);
    expect(body).toMatchObject({ status: 'acknowledged', outcome: null, outcomeNote: null, closedAt: null });
    expect(body.reopenedAt).not.toBeNull();
    const [audit] = await t.db.query(
      `SELECT actor_id, audit_details_read(id, details) AS details FROM audit_log
        WHERE action = 'escalation.reopen' AND target_id = $1`,
      [id],
    );
    // The reason and the old note are free text, kept beside the chained row where erasure can blank them.
    expect(audit).toEqual({
      actor_id: officer.user.id,
      details: {
        reason: 'The student posted again',
        previousOutcomeNote: 'Passed to the team',
        from: { status: 'closed', outcome: 'referred_safeguarding' },
      },
    });
  });

  it('refuse to reopen an open case (409), without a reason (400), with a stale version (409), or by comms (403)', async () => {
    const id = await raise('low');
    await officer.agent
      .post(`/api/escalations/${id}/reopen`)
      .send({ reason: 'why', version: await version(id) })
      .expect(409);
    await officer.agent.post(`/api/escalations/${id}/reopen`).send({ reason: '   ', version: 1 }).expect(400);
    await officer.agent.post(`/api/escalations/${id}/reopen`).send({ version: 1 }).expect(400);
    await officer.agent
      .patch(`/api/escalations/${id}`)
      .send({ status: 'closed', outcome: 'emergency_services_contacted', version: await version(id) })
      .expect(200);
    await officer.agent.post(`/api/escalations/${id}/reopen`).send({ reason: 'why', version: 1 }).expect(409);
    await comms.agent
      .post(`/api/escalations/${id}/reopen`)
      .send({ reason: 'why', version: await version(id) })
      .expect(403);
    const [row] = await t.db.query(`SELECT status, outcome FROM escalations WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'closed', outcome: 'emergency_services_contacted' });
  });

  it('tell the case’s story in words with names, from its audit rows, notes and notifications', async () => {
    const id = await raise('urgent');
    await officer.agent
      .patch(`/api/escalations/${id}`)
      .send({ status: 'acknowledged', version: await version(id) })
      .expect(200);
    await admin.agent
      .patch(`/api/escalations/${id}`)
      .send({ assigneeId: officer.user.id, version: await version(id) })
      .expect(200);
    await comms.agent.post(`/api/escalations/${id}/notes`).send({ body: 'The post is still up' }).expect(201);
    await officer.agent
      .patch(`/api/escalations/${id}`)
      .send({
        status: 'closed',
        outcome: 'informal_caution',
        outcomeNote: 'Spoke to the student',
        version: await version(id),
      })
      .expect(200);
    await officer.agent
      .post(`/api/escalations/${id}/reopen`)
      .send({ reason: 'New posts', version: await version(id) })
      .expect(200);

    const { body } = (await comms.agent.get(`/api/escalations/${id}/timeline`).expect(200)) as {
      body: CaseTimelineEntry[];
    };
    expect(body.map((e) => [e.kind, e.text, e.detail])).toEqual([
      ['raised', 'Chris Comms raised the case as Urgent', null],
      ['notified', 'The discipline officers were told under the bell in the dashboard', null],
      ['acknowledged', 'Dana Discipline acknowledged the case', null],
      ['assigned', 'Ada Admin assigned the case to Dana Discipline', null],
      ['note', 'Chris Comms added a note', 'The post is still up'],
      ['closed', 'Dana Discipline closed the case: Informal caution', 'Spoke to the student'],
      ['reopened', 'Dana Discipline reopened the case', 'New posts'],
    ]);
    expect(body[2]!.actor).toEqual({ id: officer.user.id, displayName: 'Dana Discipline' });
    const times = body.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('answer 404 for the timeline of a case that does not exist, and 403 to managers', async () => {
    await officer.agent.get('/api/escalations/999999999/timeline').expect(404);
    const manager = await signInAs(t, 'manager');
    const id = await raise('low');
    await manager.agent.get(`/api/escalations/${id}/timeline`).expect(403);
  });

  it('say when a case is assigned to an account that has since been disabled, so nobody waits on it', async () => {
    const leaver = await signInAs(t, 'discipline');
    const id = await raise('urgent');
    await admin.agent
      .patch(`/api/escalations/${id}`)
      .send({ assigneeId: leaver.user.id, version: await version(id) })
      .expect(200);
    const before = (await officer.agent.get(`/api/escalations/${id}`).expect(200)).body;
    expect(before.assignee).toEqual({ id: leaver.user.id, displayName: 'Test discipline' });

    await admin.agent.patch(`/api/users/${leaver.user.id}`).send({ disabled: true }).expect(200);
    const after = (await officer.agent.get(`/api/escalations/${id}`).expect(200)).body;
    expect(after.assignee).toEqual({ id: leaver.user.id, displayName: 'Test discipline', disabled: true });
    const inbox = (await officer.agent.get('/api/escalations').expect(200)).body as { id: string; assignee: unknown }[];
    expect(inbox.find((e) => e.id === id)?.assignee).toMatchObject({ disabled: true });
  });
});
