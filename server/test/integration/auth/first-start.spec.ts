import type { LoggerService } from '@nestjs/common';
import { loadConfig } from '../../../src/config/app-config';
import { createApp } from '../../../src/create-app';
import { createUser, signIn, signInAs, TEST_PASSWORD } from '../../support/auth';
import { failNotesWithTheirSqlState } from '../../support/database-faults';
import { newMention } from '../../support/mentions-factory';
import { newTestApp } from '../../support/test-app';

/** Collects everything written to stdout while `fn` runs. */
async function captureStdout<T>(fn: () => Promise<T>): Promise<{ result: T; output: string }> {
  let output = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output += chunk.toString();
    return true;
  });
  try {
    return { result: await fn(), output };
  } finally {
    spy.mockRestore();
  }
}

describe('the first start', () => {
  it('creates one admin and prints its password once; a restart does not recreate it', async () => {
    const { result: t, output } = await captureStdout(() =>
      newTestApp({ env: { ADMIN_BOOTSTRAP: 'on', ADMIN_EMAIL: 'first.admin@open.ac.uk' } }),
    );
    try {
      expect(output).toContain('email:    first.admin@open.ac.uk');
      const password = /password: (\S+)/.exec(output)?.[1];
      expect(password).toHaveLength(20);
      const admin = await signIn(t, { email: 'first.admin@open.ac.uk', password: password! });
      // The printed password opens only the password change (passwords.spec.ts follows it through).
      expect((await admin.get('/api/users').expect(403)).body.code).toBe('password_change_required');

      // A second start on the same database, as after a restart.
      const second = await captureStdout(async () => {
        const app = await createApp(loadConfig({ NODE_ENV: 'test', DATABASE_URL: t.databaseUrl }), t.databaseUrl, {
          logger: false,
        });
        await app.init();
        await app.close();
      });
      expect(second.output).not.toContain('password:');
      const [row] = await t.db.query(`SELECT count(*)::int AS n FROM users`);
      expect(row.n).toBe(1);
    } finally {
      await t.close();
    }
  });
});

describe('application logs', () => {
  /** A logger that keeps every line, so a test can read what the app wrote. */
  function recordingLogger(lines: string[]): LoggerService {
    const record = (...args: unknown[]) =>
      void lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    return { log: record, error: record, warn: record, debug: record, verbose: record, fatal: record };
  }

  it('never contain passwords, cookies or session tokens', async () => {
    const lines: string[] = [];
    const logger = recordingLogger(lines);
    const { result: t, output } = await captureStdout(() => newTestApp({ env: { ADMIN_BOOTSTRAP: 'off' }, logger }));
    try {
      const user = await createUser(t, 'comms');
      const ok = await t.http.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
      await t.http.post('/api/auth/login').send({ email: user.email, password: 'wrong-password-123' }).expect(401);
      const cookie = String(ok.headers['set-cookie']).split(';')[0]!;
      const token = cookie.split('=')[1]!;
      await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
      await t.http.post('/api/auth/logout').set('Cookie', cookie).expect(204);

      const everything = lines.join('\n') + output;
      expect(lines.length).toBeGreaterThan(0); // the logger really was wired
      for (const secret of [TEST_PASSWORD, 'wrong-password-123', token, 'ou_session='])
        expect(everything).not.toContain(secret);
    } finally {
      await t.close();
    }
  });

  it('never contain the text of a query that failed, only its SQLSTATE, constraint and route (issue 12 §6)', async () => {
    const lines: string[] = [];
    const logger = recordingLogger(lines);
    const { result: t, output } = await captureStdout(() => newTestApp({ env: { ADMIN_BOOTSTRAP: 'off' }, logger }));
    try {
      const { agent } = await signInAs(t, 'comms');
      const { id } = await newMention(t);
      await failNotesWithTheirSqlState(t);
      // A note holding a phone number, refused by the database as a data error and as a fault of ours.
      await agent.post(`/api/mentions/${id}/notes`).send({ body: '22023 ring 07700 900123' }).expect(400);
      await agent.post(`/api/mentions/${id}/notes`).send({ body: 'XX000 ring 07700 900123' }).expect(500);

      const everything = lines.join('\n') + output;
      expect(everything).not.toContain('07700 900123');
      expect(everything).not.toContain('INSERT INTO');
      expect(everything).toContain(
        'POST /api/mentions/:id/notes: database invalid SQLSTATE 22023, constraint test_note_check, table notes',
      );
      expect(everything).toContain(
        'POST /api/mentions/:id/notes: database error SQLSTATE XX000, constraint test_note_check, table notes',
      );
    } finally {
      await t.close();
    }
  });
});
