import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_ACTION_LABELS, type AuditEntryView, type AuditVerification } from '@ou-listening/shared';
import { AuditService } from '../../../src/audit/audit.service';
import { signInAs, type SignedIn } from '../../support/auth';
import { newTestApp, type TestApp } from '../../support/test-app';

const tamper = (t: TestApp, sql: string) => t.asOwner(`SET session_replication_role = replica; ${sql}`);

/** Issue 19 §7: the audit log with names, paging past the first page, CSV, and "Verify chain". */
describe('the audit log page’s API', () => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await newTestApp();
    admin = await signInAs(t, 'admin');
    await t.db.query(`UPDATE users SET display_name = 'Ada Admin' WHERE id = $1`, [admin.user.id]);
    const audit = t.app.get(AuditService);
    for (let i = 0; i < 80; i += 1)
      await audit.record({
        action: 'source.update',
        actorId: admin.user.id,
        actorEmail: admin.user.email,
        targetType: 'source',
        targetId: String(i),
        details: { before: { enabled: true }, after: { enabled: false }, n: i },
      });
  });
  afterAll(() => t.close());

  it('pages through every row, newest first, with no row twice and none missed', async () => {
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: AuditEntryView[]; nextCursor: string | null } } = await admin.agent
        .get(`/api/audit?limit=35${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      seen.push(...(res.body.items as AuditEntryView[]).map((e) => e.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(n);
    expect(new Set(seen).size).toBe(n);
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => b - a));
  });

  it('names the actor and, for a user, the target', async () => {
    await admin.agent.patch(`/api/users/${admin.user.id}`).send({ displayName: 'Ada A. Admin' }).expect(200);
    const { body } = await admin.agent.get('/api/audit?action=user.update&limit=1').expect(200);
    expect(body.items[0]).toMatchObject({
      action: 'user.update',
      actorName: 'Ada A. Admin',
      targetType: 'user',
      targetId: admin.user.id,
      targetName: 'Ada A. Admin',
    });
    const byName = await admin.agent.get('/api/audit?actor=Ada%20A.%20Admin&limit=200').expect(200);
    expect(byName.body.items.length).toBeGreaterThanOrEqual(81);
  });

  it('exports every row the filter matches as CSV, with labels, UK times and formulas defused', async () => {
    await t.app.get(AuditService).record({
      action: 'mention.note',
      actorId: admin.user.id,
      actorEmail: admin.user.email,
      details: { body: '=HYPERLINK("http://evil")' },
    });
    const res = await admin.agent.get('/api/audit/export.csv?action=source.update').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('audit-log.csv');
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,at_utc,at_uk,actor_name,actor_email,action,action_label,target_type,target_id,target_name,details,ip,hash',
    );
    expect(lines).toHaveLength(81);
    expect(lines[1]).toMatch(/^\d+,\d{4}-\d\d-\d\dT[\d:.]+Z,\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d,Ada A\. Admin,/);
    expect(lines[1]).toContain(',source.update,Source changed,source,79,,');

    const all = await admin.agent.get('/api/audit/export.csv').expect(200);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    expect(all.text.trim().split('\r\n')).toHaveLength(n + 1);
    const note = all.text.split('\r\n').find((l) => l.includes('mention.note'))!;
    expect(note).toContain(`"{""body"":""=HYPERLINK(\\""http://evil\\"")""}"`);
  });

  it('refuses a malformed action filter with a 400 naming it', async () => {
    const res = await admin.agent.get('/api/audit/export.csv?action=DROP%20TABLE').expect(400);
    expect(JSON.stringify(res.body)).toContain('action must look like');
  });

  it('"Verify chain" answers as npm run audit:verify does: intact, then the first altered row', async () => {
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    const ok = (await admin.agent.post('/api/audit/verify').expect(200)) as { body: AuditVerification };
    expect(ok.body).toMatchObject({ ok: true, rows: n, firstBadId: null });
    expect(ok.body.message).toMatch(new RegExp(`^Audit chain intact: ${n} rows verified`));
    const [verifyRow] = await t.db.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'audit.verify' ORDER BY id DESC LIMIT 1`,
    );
    expect(verifyRow).toEqual({ actor_id: admin.user.id, details: { ok: true, rows: n, firstBadId: null } });

    const [victim] = await t.db.query(`SELECT id::text FROM audit_log WHERE action = 'source.update' LIMIT 1`);
    await tamper(t, `UPDATE audit_log SET details = '{"after":{"enabled":true}}' WHERE id = ${Number(victim.id)}`);
    const broken = (await admin.agent.post('/api/audit/verify').expect(200)) as { body: AuditVerification };
    expect(broken.body).toMatchObject({ ok: false, firstBadId: victim.id });
    expect(broken.body.message).toBe(
      `Audit chain broken at row ${victim.id}: its content does not match its hash (it was altered, or hashed without the audit key)`,
    );
  });

  it('has a label for every action code the server writes', () => {
    const codes = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith('.ts') && !file.endsWith('.spec.ts'))
          for (const m of readFileSync(file, 'utf8').matchAll(
            /action:\s*'([a-z_]+\.[a-z_]+)'|=\s*'((?:user|auth)\.[a-z_]+)'|'(escalation\.[a-z_]+)'/g,
          ))
            codes.add(m[1] ?? m[2] ?? m[3]!);
      }
    };
    walk(path.join(__dirname, '../../../src'));
    for (const kind of ['hide', 'unhide', 'reply', 'block', 'unblock']) codes.add(`platform.${kind}`);
    expect(codes.size).toBeGreaterThan(25);
    expect([...codes].filter((c) => !(c in AUDIT_ACTION_LABELS))).toEqual([]);
  });
});
