import { spawnSync } from 'node:child_process';
import { AuditService } from '../../../src/audit/audit.service';
import { Clock } from '../../../src/common/clock';
import { RetentionService } from '../../../src/privacy/retention.service';
import { newMention } from '../../support/mentions-factory';
import { REPO_ROOT } from '../../support/server-process';
import { newTestApp, type TestApp } from '../../support/test-app';
import { newCase } from './privacy-fixtures';

jest.setTimeout(900_000);

const DAY = 86_400_000;
const AUDIT_DAYS = 2557; // RETENTION_AUDIT_DAYS' default: 7 years

/** Switches the append-only triggers off for one session, as only the database's owner can. */
const tamper = (t: TestApp, sql: string) => t.asOwner(`SET session_replication_role = replica; ${sql}`);

describe("the audit log's 7-year retention", () => {
  let t: TestApp;
  let now: Date;
  let audit: AuditService;
  let retention: RetentionService;
  let heldMention: string;
  let heldCase: string;
  let boundary: Date;

  const dbNow = async () => ((await t.db.query(`SELECT clock_timestamp() AS at`)) as { at: Date }[])[0]!.at;
  const ids = async () =>
    ((await t.db.query(`SELECT id::text FROM audit_log ORDER BY audit_log.id`)) as { id: string }[]).map((r) => r.id);
  const olderThan = async (at: Date) =>
    ((await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE at < $1`, [at])) as { n: number }[])[0]!.n;
  const verifyCli = () => {
    const result = spawnSync(process.execPath, [`${REPO_ROOT}/server/dist/server/src/cli/audit-verify.js`], {
      env: { ...process.env, ...t.env },
      encoding: 'utf8',
    });
    return { status: result.status, out: `${result.stdout}${result.stderr}` };
  };

  beforeAll(async () => {
    t = await newTestApp();
    audit = t.app.get(AuditService);
    retention = t.app.get(RetentionService);
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => now);
    const old = await newMention(t, { text: 'An old post' });
    await audit.record({
      action: 'mention.hide',
      targetType: 'mention',
      targetId: old.id,
      details: { from: 'new' },
      texts: { reason: 'an old reason' },
    });
    heldMention = (await newMention(t, { text: 'Evidence in a held case' })).id;
    heldCase = await newCase(t, heldMention, { held: true });
    await audit.record({ action: 'mention.escalate', targetType: 'mention', targetId: heldMention });
    await audit.record({ action: 'test.after_the_held_row' });
    // Dates carry milliseconds and the database microseconds: a boundary read in the same
    // millisecond as the row above would, truncated, fall before it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    boundary = await dbNow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await audit.record({ action: 'test.young', texts: { note: 'a young note' } });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it('leaves rows younger than 7 years by the database clock, whatever the application clock says', async () => {
    now = new Date(boundary.getTime() + AUDIT_DAYS * DAY);
    const before = await ids();
    expect(await retention.run()).toMatchObject({ counts: { auditLog: 0 } });
    expect((await ids()).slice(0, before.length)).toEqual(before);
    // Asked directly, the database refuses too, and the app's role has no other way in.
    const [young] = (await t.db.query(`SELECT id::text, hash FROM audit_log ORDER BY id LIMIT 1`)) as {
      id: string;
      hash: string;
    }[];
    await expect(
      t.db.query(`SELECT audit_log_prune($1, $2, 1, $3, 'mac')`, [young!.id, young!.hash, now]),
    ).rejects.toThrow(/not old enough to delete/);
    await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/permission denied/);
    await expect(
      t.db.query(
        `INSERT INTO audit_prunes (through_id, through_hash, rows_pruned, cutoff, mac) VALUES (1, 'h', 1, now(), 'm')`,
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('stops at the first row about a case under a legal hold, and the chain still verifies from its signed anchor', async () => {
    expect(verifyCli().status).toBe(0); // a checkpoint of the whole log, before any prune
    // The floor is the database owner's to set; here it lets the fake clock's seven years count.
    await t.asOwner(`UPDATE audit_chain_meta SET prune_min_age = interval '0'`);
    const [heldRow] = (await t.db.query(
      `SELECT id::text FROM audit_log WHERE action = 'mention.escalate' AND target_id = $1`,
      [heldMention],
    )) as { id: string }[];
    const before = await ids();
    const expected = before.filter((id) => BigInt(id) < BigInt(heldRow!.id)).length;
    expect(expected).toBe(1); // the old hide, with its reason

    const result = await retention.run();
    expect(result).toMatchObject({ counts: { auditLog: expected } });
    expect((await ids())[0]).toBe(heldRow!.id);
    const verdict = await audit.verify();
    expect(verdict).toMatchObject({ ok: true, prunedRows: expected });
    const cli = verifyCli();
    expect(cli.out).toContain(`after ${expected} pruned rows`);
    expect(cli.status).toBe(0);
  });

  it('once the hold is released, deletes every row past 7 years, their free text with them, and nothing younger', async () => {
    await t.db.query(`UPDATE escalations SET legal_hold = false WHERE id = $1`, [heldCase]);
    const due = await olderThan(boundary);
    const pruned = ((await audit.verify()) as { prunedRows: number }).prunedRows;
    const result = await retention.run();
    expect(result).toMatchObject({ counts: { auditLog: due } });
    expect(await olderThan(boundary)).toBe(0);
    const actions = (await t.db.query(`SELECT action FROM audit_log ORDER BY id`)) as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual([
      'test.young',
      // The first pass deleted the old post (its 30 days long gone) and blanked the reason about it.
      'privacy.erase_expired',
      'privacy.retention_run',
      'privacy.retention_run',
      'privacy.retention_run',
    ]);
    const texts = (await t.db.query(`SELECT body FROM audit_texts ORDER BY audit_id`)) as { body: string }[];
    expect(texts.map((r) => r.body)).toEqual(['a young note']);
    expect(await audit.verify()).toMatchObject({ ok: true, prunedRows: pruned + due });
    expect(verifyCli().status).toBe(0);
  });

  it('still catches tampering after pruning', async () => {
    const [first] = await ids();
    // A text edited beside its row.
    await t.db.query(`UPDATE audit_texts SET body = 'a different note'`);
    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadId: first,
      problem: expect.stringMatching(/altered/),
    });
    await t.db.query(`UPDATE audit_texts SET body = 'a young note'`);
    expect(await audit.verify()).toMatchObject({ ok: true });

    // A text blanked by hand, dressed up as an erasure.
    await t.db.query(`UPDATE audit_texts SET body = NULL, erased_at = now(), erased_by = $1`, [first]);
    expect(await audit.verify()).toMatchObject({ ok: false, problem: expect.stringMatching(/blanked by hand/) });
    await t.db.query(`UPDATE audit_texts SET body = 'a young note', erased_at = NULL, erased_by = NULL`);

    // An anchor forged without the key, to pass off more deleted rows.
    const [row] = (await t.db.query(`SELECT hash FROM audit_log WHERE id = $1`, [first])) as { hash: string }[];
    await t.asOwner(
      `INSERT INTO audit_prunes (through_id, through_hash, rows_pruned, cutoff, mac) VALUES ($1, $2, 99, now(), 'forged')`,
      [first, row!.hash],
    );
    expect(await audit.verify()).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not signed with the audit key/),
    });
    await tamper(t, `DELETE FROM audit_prunes WHERE mac = 'forged'`);
    expect(await audit.verify()).toMatchObject({ ok: true });

    // The oldest remaining row deleted by hand: it no longer joins the anchor.
    await tamper(t, `DELETE FROM audit_log WHERE id = ${Number(first)}`);
    const verdict = await audit.verify();
    expect(verdict).toMatchObject({ ok: false, problem: expect.stringMatching(/prev_hash does not match/) });
    expect(verifyCli().status).toBe(1);
  });
});
