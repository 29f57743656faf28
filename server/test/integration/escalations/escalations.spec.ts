import type { CategoryCode, Severity } from '@ou-listening/shared';
import { EscalationsService } from '../../../src/escalations/escalations.service';
import { evidenceHash } from '../../../src/escalations/evidence';
import { NotificationsService } from '../../../src/notifications/notifications.service';
import { signInAs, type SignedIn } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { startSmtpSink } from '../../support/smtp-sink';
import { queryAsOwner } from '../../support/test-database';
import { newTestApp, type TestApp } from '../../support/test-app';

const POST_TEXT = 'Ring Jane Doe on 07700 900123, she lives at 12 Walton Road, the OU should know';

async function insertMention(t: TestApp, categories: CategoryCode[], text = POST_TEXT): Promise<string> {
  const { id } = await newMention(t, {
    text,
    authorId: 'a-42',
    authorHandle: 'angry_student',
    authorName: 'Angry Student',
    postedAt: '2026-11-20T10:15:00Z',
    categories: categories.map((category) => ({
      category,
      score: 0.93,
      evidence: [{ start: 9, end: 17, text: 'Jane Doe', reason: 'name' }],
    })),
  });
  return id;
}

/** Escalates as the triage API does: the status change and the escalation in one transaction. */
async function escalate(t: TestApp, raiser: SignedIn, categories: CategoryCode[], severity: Severity = 'high') {
  const mentionId = await insertMention(t, categories);
  const service = t.app.get(EscalationsService);
  const { id } = await t.db.transaction((tx) =>
    service.raise(tx, {
      mentionId,
      reason: 'Shares a student’s phone number and address',
      severity,
      actor: { id: raiser.user.id, email: raiser.user.email },
    }),
  );
  await service.notifyRaised(id);
  return { id, mentionId };
}

describe('escalations', () => {
  let t: TestApp;
  let comms: SignedIn;
  let officer: SignedIn;
  let manager: SignedIn;
  beforeAll(async () => {
    t = await newTestApp();
    comms = await signInAs(t, 'comms');
    officer = await signInAs(t, 'discipline');
    manager = await signInAs(t, 'manager');
  });
  afterAll(() => t.close());

  it('reach the discipline officers, who see evidence that verifies', async () => {
    const { id, mentionId } = await escalate(t, comms, ['personal_data'], 'high');
    const inbox = await officer.agent.get('/api/escalations').expect(200);
    expect(inbox.body.map((e: { id: string }) => e.id)).toContain(id);

    const detail = await officer.agent.get(`/api/escalations/${id}`).expect(200);
    expect(detail.body).toMatchObject({
      id,
      mentionId,
      status: 'open',
      severity: 'high',
      categories: ['personal_data'],
      raisedBy: { id: comms.user.id },
      evidenceVerified: true,
      // Not held until a discipline officer or admin places a hold with a reason (issue 18).
      legalHold: false,
      mention: { id: mentionId, status: 'new', hidden: false },
    });
    expect(detail.body.evidence).toMatchObject({
      platform: 'x',
      text: POST_TEXT,
      authorHandle: 'angry_student',
      authorName: 'Angry Student',
      authorId: 'a-42',
      url: expect.stringContaining('https://x.com/'),
      postedAt: '2026-11-20T10:15:00.000Z',
      capturedBy: { id: comms.user.id, email: comms.user.email },
      classifications: [{ category: 'personal_data', score: expect.closeTo(0.93, 5), modelVersion: 'test' }],
    });
    expect(detail.body.evidenceSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('arrive from the queue: comms escalate a mention, officers see the case and comms its status', async () => {
    const mention = await newMention(t, {
      text: 'Taking the OU to the employment tribunal next month',
      categories: [{ category: 'litigation', score: 0.88 }],
    });
    const res = await comms.agent
      .post(`/api/mentions/${mention.id}/escalate`)
      .send({ reason: 'Possible litigation', severity: 'high', version: mention.version })
      .expect(200);
    const escalationId = res.body.escalationId as string;
    const inbox = (await officer.agent.get('/api/escalations').expect(200)).body as { id: string }[];
    expect(inbox.map((e) => e.id)).toContain(escalationId);
    const detail = await officer.agent.get(`/api/escalations/${escalationId}`).expect(200);
    expect(detail.body).toMatchObject({
      categories: ['litigation'],
      evidenceVerified: true,
      mention: { status: 'escalated' },
    });

    await officer.agent
      .patch(`/api/escalations/${escalationId}`)
      .send({ status: 'acknowledged', version: 1 })
      .expect(200);
    const queueItem = await comms.agent.get(`/api/mentions/${mention.id}`).expect(200);
    expect(queueItem.body.escalation).toEqual({ id: escalationId, status: 'acknowledged', severity: 'high' });
  });

  it('keep their evidence as captured: the database refuses to rewrite it', async () => {
    const { id } = await escalate(t, comms, ['disrepute']);
    await expect(
      t.db.query(
        `UPDATE escalations SET evidence = jsonb_set(evidence, '{authorHandle}', '"someone_else"') WHERE id = $1`,
        [id],
      ),
    ).rejects.toThrow(/cannot change once captured/);
    await expect(t.db.query(`UPDATE escalations SET evidence_sha256 = 'x' WHERE id = $1`, [id])).rejects.toThrow(
      /cannot change once captured/,
    );
  });

  describe("with the guard switched off (someone with the database owner's rights)", () => {
    // As the owner: the app's own role may not switch a table's trigger off.
    const asOwner = (sql: string, parameters: unknown[] = []) => queryAsOwner(t.ownerUrl, sql, parameters);
    const rewrite = async (id: string, rehash: boolean) => {
      await asOwner(`ALTER TABLE escalations DISABLE TRIGGER escalations_evidence_fixed`);
      try {
        await asOwner(
          `UPDATE escalations SET evidence = jsonb_set(evidence, '{authorHandle}', '"someone_else"') WHERE id = $1`,
          [id],
        );
        if (rehash) {
          const [row] = await t.db.query(`SELECT evidence FROM escalations WHERE id = $1`, [id]);
          await asOwner(`UPDATE escalations SET evidence_sha256 = $2 WHERE id = $1`, [id, evidenceHash(row.evidence)]);
        }
      } finally {
        await asOwner(`ALTER TABLE escalations ENABLE TRIGGER escalations_evidence_fixed`);
      }
    };

    it('a changed field shows an unmistakable failure', async () => {
      const { id } = await escalate(t, comms, ['disrepute']);
      await rewrite(id, false);
      const detail = await officer.agent.get(`/api/escalations/${id}`).expect(200);
      expect(detail.body.evidenceVerified).toBe(false);
    });

    it('a changed field with its hash recomputed to match fails too: the audit log kept the hash taken at capture', async () => {
      const { id } = await escalate(t, comms, ['disrepute']);
      expect((await officer.agent.get(`/api/escalations/${id}`).expect(200)).body.evidenceVerified).toBe(true);
      await rewrite(id, true);
      const detail = await officer.agent.get(`/api/escalations/${id}`).expect(200);
      expect(detail.body.evidence.authorHandle).toBe('someone_else');
      expect(detail.body.evidenceVerified).toBe(false);
    });
  });

  it('cannot be acted on by comms or managers; managers see counts only', async () => {
    const { id } = await escalate(t, comms, ['litigation']);
    for (const who of [comms, manager])
      await who.agent.patch(`/api/escalations/${id}`).send({ status: 'acknowledged', version: 1 }).expect(403);
    await comms.agent.get('/api/escalations').expect(403);
    await manager.agent.get('/api/escalations').expect(403);
    await manager.agent.get(`/api/escalations/${id}`).expect(403);
    const counts = await manager.agent.get('/api/escalations/counts').expect(200);
    expect(counts.body.open).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(counts.body)).not.toContain('angry_student');
    const asComms = await comms.agent.get(`/api/escalations/${id}`).expect(200);
    expect(asComms.body.status).toBe('open');
    // Officers receive escalated items only, never the queue.
    await officer.agent.get('/api/mentions').expect(403);
    await comms.agent.get('/api/mentions').expect(200);
  });

  it("comms open, and add notes to, only the cases they raised: officers' notes and outcomes are need to know", async () => {
    const { id } = await escalate(t, comms, ['litigation']);
    await officer.agent.post(`/api/escalations/${id}/notes`).send({ body: 'Spoke to legal' }).expect(201);
    const colleague = await signInAs(t, 'comms');
    for (const path of [`/api/escalations/${id}`, `/api/escalations/${id}/timeline`]) {
      const refused = await colleague.agent.get(path).expect(403);
      expect(refused.body.message).toMatch(/whoever raised this case/);
      expect(JSON.stringify(refused.body)).not.toContain('Spoke to legal');
    }
    await colleague.agent.post(`/api/escalations/${id}/notes`).send({ body: 'mine' }).expect(403);
    await colleague.agent.get('/api/escalations/999999').expect(404);
    const own = await comms.agent.get(`/api/escalations/${id}`).expect(200);
    expect(own.body.notes.map((n: { body: string }) => n.body)).toEqual(['Spoke to legal']);
    await comms.agent.get(`/api/escalations/${id}/timeline`).expect(200);
    await comms.agent.post(`/api/escalations/${id}/notes`).send({ body: 'Author contacted us' }).expect(201);
  });

  it('go forward only: acknowledge, assign, then close with a required outcome', async () => {
    const { id } = await escalate(t, comms, ['disrepute'], 'medium');
    const acknowledged = await officer.agent
      .patch(`/api/escalations/${id}`)
      .send({ status: 'acknowledged', assigneeId: officer.user.id, version: 1 })
      .expect(200);
    expect(acknowledged.body).toMatchObject({ status: 'acknowledged', assignee: { id: officer.user.id }, version: 2 });

    const noOutcome = await officer.agent
      .patch(`/api/escalations/${id}`)
      .send({ status: 'closed', version: 2 })
      .expect(400);
    expect(noOutcome.body.message).toBe('Closing a case needs an outcome');
    // A change of nothing is refused, and takes no version and no audit row.
    const nothing = await officer.agent.patch(`/api/escalations/${id}`).send({ version: 2 }).expect(400);
    expect(nothing.body.message).toBe('Nothing to change: give a status, an assignee or an outcome');
    expect((await officer.agent.get(`/api/escalations/${id}`).expect(200)).body.version).toBe(2);
    const badOutcome = await officer.agent
      .patch(`/api/escalations/${id}`)
      .send({ status: 'closed', outcome: 'expelled', version: 2 })
      .expect(400);
    expect(badOutcome.body.message).toEqual([expect.stringMatching(/^outcome must be one of no_further_action/)]);

    const closed = await officer.agent
      .patch(`/api/escalations/${id}`)
      .send({ status: 'closed', outcome: 'informal_caution', outcomeNote: 'Spoke to the student', version: 2 })
      .expect(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      outcome: 'informal_caution',
      outcomeNote: 'Spoke to the student',
    });
    expect(closed.body.closedAt).toEqual(expect.any(String));

    const after = await officer.agent
      .patch(`/api/escalations/${id}`)
      .send({ status: 'acknowledged', version: 3 })
      .expect(409);
    expect(after.body.message).toBe('This case is closed; it cannot be changed');
    const [audit] = await t.db.query(
      `SELECT details FROM audit_log WHERE action = 'escalation.close' AND target_id = $1`,
      [id],
    );
    expect(audit.details.changes).toMatchObject({ outcome: 'informal_caution' });
  });

  it('refuse a stale version with 409 and the current state', async () => {
    const { id } = await escalate(t, comms, ['confidential']);
    await officer.agent.patch(`/api/escalations/${id}`).send({ status: 'acknowledged', version: 1 }).expect(200);
    const stale = await officer.agent
      .patch(`/api/escalations/${id}`)
      .send({ assigneeId: null, version: 1 })
      .expect(409);
    expect(stale.body.current).toMatchObject({ id, status: 'acknowledged', version: 2 });
  });

  it('can be assigned only to a discipline officer or admin', async () => {
    const { id } = await escalate(t, comms, ['confidential']);
    const res = await officer.agent
      .patch(`/api/escalations/${id}`)
      .send({ assigneeId: comms.user.id, version: 1 })
      .expect(400);
    expect(res.body.message).toMatch(/active discipline officer or admin/);
  });

  it('list urgent and open cases first, filtered by status, severity and assignee', async () => {
    const low = await escalate(t, comms, ['disrepute'], 'low');
    const urgent = await escalate(t, comms, ['disrepute'], 'urgent');
    const all = (await officer.agent.get('/api/escalations?status=open').expect(200)).body as {
      id: string;
      severity: string;
    }[];
    expect(all[0]!.severity).toBe('urgent');
    expect(all.findIndex((e) => e.id === urgent.id)).toBeLessThan(all.findIndex((e) => e.id === low.id));
    const onlyLow = (await officer.agent.get('/api/escalations?severity=low').expect(200)).body as { id: string }[];
    expect(onlyLow.map((e) => e.id)).toContain(low.id);
    expect(onlyLow.map((e) => e.id)).not.toContain(urgent.id);
    const mine = (await officer.agent.get('/api/escalations?assignee=me').expect(200)).body as {
      assignee: { id: string };
    }[];
    for (const e of mine) expect(e.assignee.id).toBe(officer.user.id);
    const bad = await officer.agent.get('/api/escalations?status=pending').expect(400);
    expect(bad.body.message).toEqual(['status must be among open, acknowledged, closed']);
    await officer.agent.get('/api/escalations/not-an-id').expect(400);
    await officer.agent.get('/api/escalations/999999').expect(404);
  });

  it('keep a notes thread that comms and officers both see, with authors and times, each note trimmed', async () => {
    const { id } = await escalate(t, comms, ['litigation']);
    await officer.agent.post(`/api/escalations/${id}/notes`).send({ body: 'Asked legal for advice' }).expect(201);
    await comms.agent.post(`/api/escalations/${id}/notes`).send({ body: '\tThe post is still up  ' }).expect(201);
    await officer.agent.post(`/api/escalations/${id}/notes`).send({ body: '   ' }).expect(400);
    const detail = await comms.agent.get(`/api/escalations/${id}`).expect(200);
    expect(detail.body.notes).toEqual([
      {
        id: expect.any(String),
        body: 'Asked legal for advice',
        author: { id: officer.user.id, displayName: 'Test discipline' },
        createdAt: expect.any(String),
      },
      {
        id: expect.any(String),
        body: 'The post is still up',
        author: { id: comms.user.id, displayName: 'Test comms' },
        createdAt: expect.any(String),
      },
    ]);
  });

  it('keep their evidence snapshot, verified, when the mention is hidden and then deleted', async () => {
    const { id, mentionId } = await escalate(t, comms, ['personal_data']);
    await t.db.query(`UPDATE mentions SET hidden = true, status = 'hidden' WHERE id = $1`, [mentionId]);
    expect((await officer.agent.get(`/api/escalations/${id}`).expect(200)).body.mention).toEqual({
      id: mentionId,
      status: 'hidden',
      hidden: true,
    });
    await t.db.query(`DELETE FROM mentions WHERE id = $1`, [mentionId]);
    const detail = await officer.agent.get(`/api/escalations/${id}`).expect(200);
    expect(detail.body).toMatchObject({ mention: null, evidenceVerified: true, legalHold: false });
    expect(detail.body.evidence.text).toBe(POST_TEXT);
  });

  it('export as JSON for the discipline file, with the hash', async () => {
    const { id } = await escalate(t, comms, ['personal_data']);
    const res = await officer.agent.get(`/api/escalations/${id}/export.json`).expect(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="escalation-${id}.json"`);
    expect(res.body).toMatchObject({ evidenceVerified: true, exportedBy: officer.user.email, escalation: { id } });
    expect(res.body.evidenceSha256).toMatch(/^[0-9a-f]{64}$/);
    await comms.agent.get(`/api/escalations/${id}/export.json`).expect(403);
  });

  it('export the whole case file: its notes, its timeline and whether it is held; a printable copy is audited too', async () => {
    const { id } = await escalate(t, comms, ['litigation']);
    await officer.agent.post(`/api/escalations/${id}/notes`).send({ body: 'Spoke to legal' }).expect(201);
    await officer.agent.post(`/api/escalations/${id}/printed`).expect(204);
    await officer.agent.post('/api/escalations/999999/printed').expect(404);
    const res = await officer.agent.get(`/api/escalations/${id}/export.json`).expect(200);
    expect(res.body.legalHold).toBe(false);
    expect(res.body.notes.map((n: { body: string }) => n.body)).toEqual(['Spoke to legal']);
    const lines = res.body.timeline.map((e: { text: string }) => e.text);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/raised the case/),
        expect.stringMatching(/added a note/),
        expect.stringMatching(/opened the printable copy/),
      ]),
    );
    const actions = await t.db.query(
      `SELECT action FROM audit_log WHERE target_type = 'escalation' AND target_id = $1 ORDER BY id`,
      [id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['escalation.print', 'escalation.export']),
    );
  });

  it('without SMTP, are stored and shown under the bell, to the right people', async () => {
    const { id } = await escalate(t, comms, ['safeguarding'], 'urgent');
    const forOfficer = (await officer.agent.get('/api/notifications').expect(200)).body as {
      subject: string;
      link: string;
      read: boolean;
      id: string;
    }[];
    const mine = forOfficer.filter((n) => n.link === `/escalations/${id}`);
    // Issue 19: both notices are stored (discipline and safeguarding), but someone who hears as both sees the escalation once.
    const [{ n: stored }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE escalation_id = $1`, [
      id,
    ]);
    expect(stored).toBe(2);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.subject).toContain(`URGENT: Escalation #${id} (urgent, safeguarding)`);
    const forComms = (await comms.agent.get('/api/notifications').expect(200)).body as { link: string }[];
    expect(forComms.filter((n) => n.link === `/escalations/${id}`)).toHaveLength(1); // safeguarding only
    expect((await manager.agent.get('/api/notifications').expect(200)).body).toEqual([]);

    await officer.agent
      .post('/api/notifications/read')
      .send({ ids: mine.map((n) => n.id) })
      .expect(204);
    const after = (await officer.agent.get('/api/notifications').expect(200)).body as { link: string; read: boolean }[];
    expect(after.filter((n) => n.link === `/escalations/${id}`).every((n) => n.read)).toBe(true);
  });
});

describe('escalation email', () => {
  it('reaches the discipline and safeguarding addresses at once, with a link and no personal data', async () => {
    const smtp = await startSmtpSink();
    const t = await newTestApp({
      env: {
        SMTP_URL: smtp.url,
        ESCALATION_EMAIL_TO: 'discipline@open.ac.uk',
        SAFEGUARDING_EMAIL_TO: 'safeguarding@open.ac.uk',
        PUBLIC_URL: 'https://listening.open.ac.uk',
      },
    });
    try {
      const comms = await signInAs(t, 'comms');
      // The steps on screen may say the team is e-mailed at once: here it is.
      await comms.agent.get('/api/mentions/safeguarding-alert').expect(200, { emailed: true });
      const { id } = await escalate(t, comms, ['safeguarding', 'personal_data'], 'urgent');
      expect(smtp.received.map((m) => m.to)).toEqual([['discipline@open.ac.uk'], ['safeguarding@open.ac.uk']]);
      for (const mail of smtp.received) {
        expect(mail.raw).toMatch(new RegExp(`Subject: \\[OU Social Listening\\] URGENT: Escalation #${id}`));
        expect(mail.raw.replace(/=\r\n/g, '')).toContain(`https://listening.open.ac.uk/escalations/${id}`);
        for (const personal of ['Jane Doe', '07700', 'Walton Road', 'angry_student', 'Angry Student', 'a-42'])
          expect(mail.raw).not.toContain(personal);
      }
      const rows = await t.db.query(`SELECT delivery FROM notifications WHERE escalation_id = $1`, [id]);
      expect(rows).toEqual([{ delivery: 'sent' }, { delivery: 'sent' }]);
    } finally {
      await t.close();
      await smtp.stop();
    }
  });

  it('sends a threat at once to the safeguarding address too, whatever its severity, with the police step', async () => {
    const smtp = await startSmtpSink();
    const t = await newTestApp({
      env: {
        SMTP_URL: smtp.url,
        ESCALATION_EMAIL_TO: 'discipline@open.ac.uk',
        SAFEGUARDING_EMAIL_TO: 'safeguarding@open.ac.uk',
        ESCALATION_DIGEST_MINUTES: '30',
        PUBLIC_URL: 'https://listening.open.ac.uk',
      },
    });
    try {
      const comms = await signInAs(t, 'comms');
      const { id } = await escalate(t, comms, ['threat'], 'high');
      expect(smtp.received.map((m) => m.to)).toEqual([['discipline@open.ac.uk'], ['safeguarding@open.ac.uk']]);
      for (const mail of smtp.received)
        expect(mail.raw).toContain(`Subject: [OU Social Listening] URGENT: Escalation #${id} (high, threat)`);
      expect(smtp.received[1]!.raw.replace(/=\r\n/g, '')).toContain('call the police on 999');
      expect(await t.db.query(`SELECT delivery FROM notifications WHERE escalation_id = $1`, [id])).toEqual([
        { delivery: 'sent' },
        { delivery: 'sent' },
      ]);
    } finally {
      await t.close();
      await smtp.stop();
    }
  });

  it('stores the notice as failed, and the escalation stands, when the SMTP server is down', async () => {
    const smtp = await startSmtpSink();
    await smtp.stop();
    const t = await newTestApp({ env: { SMTP_URL: smtp.url, ESCALATION_EMAIL_TO: 'discipline@open.ac.uk' } });
    try {
      const comms = await signInAs(t, 'comms');
      const { id } = await escalate(t, comms, ['disrepute'], 'urgent');
      const [row] = await t.db.query(`SELECT delivery, error FROM notifications WHERE escalation_id = $1`, [id]);
      expect(row.delivery).toBe('failed');
      expect(row.error).toEqual(expect.any(String));
      expect((await t.db.query(`SELECT id FROM escalations WHERE id = $1`, [id])).length).toBe(1);
    } finally {
      await t.close();
    }
  });

  describe('neither urgent nor safeguarding', () => {
    const MINUTE = 60_000;
    const app = async (smtpUrl: string, env: Record<string, string> = {}) =>
      newTestApp({
        env: {
          SMTP_URL: smtpUrl,
          ESCALATION_EMAIL_TO: 'discipline@open.ac.uk',
          PUBLIC_URL: 'https://listening.open.ac.uk',
          ...env,
        },
      });

    it('waits for one digest per recipient, sent once the oldest has waited ESCALATION_DIGEST_MINUTES', async () => {
      const smtp = await startSmtpSink();
      const t = await app(smtp.url, { ESCALATION_DIGEST_MINUTES: '30' });
      try {
        const comms = await signInAs(t, 'comms');
        const officer = await signInAs(t, 'discipline');
        const first = await escalate(t, comms, ['disrepute'], 'high');
        const second = await escalate(t, comms, ['personal_data'], 'low');
        const urgent = await escalate(t, comms, ['litigation'], 'urgent');
        // Only the urgent one went at once; the others are on the bell already.
        expect(smtp.received.map((m) => m.raw.match(/Subject: (.*)/)?.[1])).toEqual([
          `[OU Social Listening] URGENT: Escalation #${urgent.id} (urgent)`,
        ]);
        const bell = (await officer.agent.get('/api/notifications').expect(200)).body as { link: string }[];
        expect(bell.map((n) => n.link)).toEqual([urgent.id, second.id, first.id].map((id) => `/escalations/${id}`));
        const delivery = async () =>
          (await t.db.query(`SELECT delivery FROM notifications WHERE escalation_id = ANY($1) ORDER BY id`, [
            [first.id, second.id],
          ])) as { delivery: string }[];
        expect(await delivery()).toEqual([{ delivery: 'queued' }, { delivery: 'queued' }]);

        const digests = t.app.get(NotificationsService);
        expect(await digests.sendDueDigests(new Date(Date.now() + 29 * MINUTE))).toBe(0); // not yet due
        expect(smtp.received).toHaveLength(1);
        expect(await digests.sendDueDigests(new Date(Date.now() + 31 * MINUTE))).toBe(2);
        expect(smtp.received).toHaveLength(2);
        const digest = smtp.received[1]!;
        expect(digest.to).toEqual(['discipline@open.ac.uk']);
        expect(digest.raw).toContain('Subject: [OU Social Listening] Digest: 2 escalations waiting');
        const body = digest.raw.replace(/=\r\n/g, '');
        for (const { id } of [first, second]) expect(body).toContain(`https://listening.open.ac.uk/escalations/${id}`);
        expect(body).not.toContain(`/escalations/${urgent.id}`);
        for (const personal of ['Jane Doe', '07700', 'Walton Road', 'angry_student', 'Angry Student', 'a-42'])
          expect(digest.raw).not.toContain(personal);
        expect(await delivery()).toEqual([{ delivery: 'sent' }, { delivery: 'sent' }]);

        // Sent once: the next tick finds nothing.
        expect(await digests.sendDueDigests(new Date(Date.now() + 90 * MINUTE))).toBe(0);
        expect(smtp.received).toHaveLength(2);
      } finally {
        await t.close();
        await smtp.stop();
      }
    });

    it('a failed digest is recorded on each notice, which stays on the bell', async () => {
      const smtp = await startSmtpSink();
      const t = await app(smtp.url);
      try {
        const comms = await signInAs(t, 'comms');
        const { id } = await escalate(t, comms, ['disrepute'], 'medium');
        await smtp.stop();
        expect(await t.app.get(NotificationsService).sendDueDigests(new Date(Date.now() + 61 * MINUTE))).toBe(1);
        const [row] = await t.db.query(`SELECT delivery, error FROM notifications WHERE escalation_id = $1`, [id]);
        expect(row).toEqual({ delivery: 'failed', error: expect.any(String) });
      } finally {
        await t.close();
      }
    });

    it('with ESCALATION_DIGEST_MINUTES=0 each is emailed at once', async () => {
      const smtp = await startSmtpSink();
      const t = await app(smtp.url, { ESCALATION_DIGEST_MINUTES: '0' });
      try {
        const comms = await signInAs(t, 'comms');
        const { id } = await escalate(t, comms, ['disrepute'], 'low');
        expect(smtp.received).toHaveLength(1);
        expect(smtp.received[0]!.raw).toContain(`Subject: [OU Social Listening] Escalation #${id} (low)`);
      } finally {
        await t.close();
        await smtp.stop();
      }
    });
  });
});
