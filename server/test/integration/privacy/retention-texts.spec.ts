import { AuditService } from '../../../src/audit/audit.service';
import { RetentionService } from '../../../src/privacy/retention.service';
import { signInAs, type SignedIn } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

const DAY = 86_400_000;

/**
 * Retention deletes a post; the staff free text in the audit log about it (a hide reason, a mark's
 * note, which may name a person) goes with it. The audit rows stay, and the chain still verifies.
 */
describe('retention blanks the audit texts about what it deletes', () => {
  let t: TestApp;
  let comms: SignedIn;

  beforeAll(async () => {
    t = await newTestApp();
    comms = await signInAs(t, 'comms');
  });
  afterAll(() => t.close());

  const textsAbout = async (mentionId: string) =>
    (await t.db.query(
      `SELECT a.action, t.field, t.body, t.erased_by IS NOT NULL AS erased
         FROM audit_texts t JOIN audit_log a ON a.id = t.audit_id
        WHERE a.target_type = 'mention' AND a.target_id = $1 ORDER BY a.id, t.field`,
      [mentionId],
    )) as { action: string; field: string; body: string | null; erased: boolean }[];

  it('a hidden post past its days: its hide reason and mark note are blanked, the rows kept', async () => {
    const old = await newMention(t, { ingestedAt: new Date(Date.now() - 400 * DAY), text: 'Old post about the OU' });
    const recent = await newMention(t, { text: 'Recent post about the OU' });
    for (const { id } of [old, recent]) {
      await comms.agent
        .post(`/api/mentions/${id}/mark`)
        .send({ mark: 'needs_follow_up', note: 'Ask Jane Doe', version: 1 })
        .expect(200);
      await comms.agent
        .post(`/api/mentions/${id}/hide`)
        .send({ reason: 'Names Jane Doe at home', version: 2 })
        .expect(200);
    }
    expect((await textsAbout(old.id)).map((r) => r.body)).toEqual(['Ask Jane Doe', 'Names Jane Doe at home']);

    await t.app.get(RetentionService).run();

    expect(await t.db.query(`SELECT id FROM mentions WHERE id = $1`, [old.id])).toEqual([]);
    expect(await textsAbout(old.id)).toEqual([
      { action: 'mention.mark', field: 'note', body: null, erased: true },
      { action: 'mention.hide', field: 'reason', body: null, erased: true },
    ]);
    // The post retention kept keeps its texts.
    expect((await textsAbout(recent.id)).map((r) => r.body)).toEqual(['Ask Jane Doe', 'Names Jane Doe at home']);
    const [blanking] = (await t.db.query(
      `SELECT audit_details_read(id, details) AS details FROM audit_log WHERE action = 'privacy.erase_expired'`,
    )) as { details: Record<string, unknown> }[];
    expect(blanking!.details).toMatchObject({ mentions: 1, escalations: 0, erasedTexts: 2 });
    const [run] = (await t.db.query(
      `SELECT audit_details_read(id, details) AS details FROM audit_log WHERE action = 'privacy.retention_run'`,
    )) as { details: Record<string, unknown> }[];
    expect(run!.details).toMatchObject({ auditTexts: 2, counts: { acted: 1 } });
    expect(await t.app.get(AuditService).verify()).toMatchObject({ ok: true, erasedTexts: 2 });
  });

  it('a pass with nothing to blank writes no blanking row', async () => {
    await newMention(t, { ingestedAt: new Date(Date.now() - 40 * DAY), text: 'Untouched old harmless post' });
    const before = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'privacy.erase_expired'`);
    const result = await t.app.get(RetentionService).run();
    expect(result).toMatchObject({ dryRun: false, counts: { harmless: 1 } });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'privacy.erase_expired'`)).toEqual(
      before,
    );
  });
});
