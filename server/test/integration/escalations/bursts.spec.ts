import { signInAs, type SignedIn } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

// More requests at once than the pool has connections (10): each loser of the race must answer 409
// without holding one connection while it waits for a second, or the pool runs dry for everyone.
const BURST = 30;

describe('a burst of changes to one case or mention, all at the same version', () => {
  let t: TestApp;
  let comms: SignedIn;
  let officer: SignedIn;

  beforeAll(async () => {
    t = await newTestApp();
    comms = await signInAs(t, 'comms');
    officer = await signInAs(t, 'discipline');
  });
  afterAll(() => t.close());

  async function escalated(): Promise<{ mentionId: string; caseId: string }> {
    const { id } = await newMention(t, { text: 'Someone posted a tutor’s home address on the OU group' });
    const res = await comms.agent
      .post(`/api/mentions/${id}/escalate`)
      .send({ reason: 'Personal data', severity: 'high', version: 1 })
      .expect(200);
    return { mentionId: id, caseId: res.body.escalationId as string };
  }

  const statuses = (results: { status: number }[]) =>
    Object.fromEntries(
      [...new Set(results.map((r) => r.status))].sort().map((s) => [s, results.filter((r) => r.status === s).length]),
    );

  it('acknowledging a case: one 200, every other a 409 carrying the case, and the app still answers', async () => {
    const { caseId } = await escalated();
    const results = await Promise.all(
      Array.from({ length: BURST }, () =>
        officer.agent.patch(`/api/escalations/${caseId}`).send({ status: 'acknowledged', version: 1 }),
      ),
    );
    expect(statuses(results)).toEqual({ 200: 1, 409: BURST - 1 });
    expect(results.find((r) => r.status === 409)!.body.current).toMatchObject({ id: caseId, version: 2 });
    await officer.agent.get(`/api/escalations/${caseId}`).expect(200);
  });

  it('closing, then reopening: the one who won is told so', async () => {
    const { caseId } = await escalated();
    const closes = await Promise.all(
      Array.from({ length: BURST }, () =>
        officer.agent
          .patch(`/api/escalations/${caseId}`)
          .send({ status: 'closed', outcome: 'no_further_action', version: 1 }),
      ),
    );
    expect(statuses(closes)).toEqual({ 200: 1, 409: BURST - 1 });
    const version = closes.find((r) => r.status === 200)!.body.version as number;
    const reopens = await Promise.all(
      Array.from({ length: BURST }, () =>
        officer.agent.post(`/api/escalations/${caseId}/reopen`).send({ reason: 'New evidence', version }),
      ),
    );
    expect(statuses(reopens)).toEqual({ 200: 1, 409: BURST - 1 });
    const audit = (await t.db.query(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE target_type = 'escalation' AND target_id = $1
        GROUP BY action ORDER BY action`,
      [caseId],
    )) as { action: string; n: number }[];
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'escalation.close', n: 1 },
        { action: 'escalation.reopen', n: 1 },
      ]),
    );
  });

  it('unhiding an escalated mention: one 200, and it stays escalated while its case is open', async () => {
    const { mentionId } = await escalated();
    await comms.agent.post(`/api/mentions/${mentionId}/hide`).send({ reason: 'Personal data', version: 2 }).expect(200);
    const [hidden] = (await t.db.query(`SELECT status, hidden, version FROM mentions WHERE id = $1`, [mentionId])) as {
      status: string;
      hidden: boolean;
      version: number;
    }[];
    expect(hidden).toMatchObject({ status: 'escalated', hidden: true });
    const results = await Promise.all(
      Array.from({ length: BURST }, () =>
        comms.agent.post(`/api/mentions/${mentionId}/unhide`).send({ version: hidden!.version }),
      ),
    );
    expect(statuses(results)).toEqual({ 200: 1, 409: BURST - 1 });
    expect(results.find((r) => r.status === 200)!.body).toMatchObject({ status: 'escalated', hidden: false });
    const listed = await comms.agent.get('/api/mentions').query({ status: 'escalated' }).expect(200);
    expect(listed.body.items.map((m: { id: string }) => m.id)).toContain(mentionId);
  });
});
