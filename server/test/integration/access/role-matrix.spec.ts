import type { Role } from '@ou-listening/shared';
import supertest from 'supertest';
import { EscalationsService } from '../../../src/escalations/escalations.service';
import { createUser, signIn, type TestUser } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { registeredRoutes } from '../../support/routes';
import { newTestApp, type TestApp } from '../../support/test-app';

type Who = 'anonymous' | Role;
const WHO: Who[] = ['anonymous', 'comms', 'manager', 'discipline', 'admin'];

type Cell = {
  route: string;
  /** the concrete request: path with ids filled in, and a body that is valid for the route */
  request: (ctx: Context) => { path: string; body?: object };
  expect: Record<Who, number>;
};
type Context = {
  someUserId: string;
  /** a user no cell signs in as, so that resetting their password disturbs no other cell */
  resetTargetId: string;
  sourceId: string;
  watchQueryId: string;
  escalationId: string;
  unique: () => string;
};

const deny = (allowed: number, ...roles: Role[]): Record<Who, number> =>
  Object.fromEntries(WHO.map((w) => [w, w === 'anonymous' ? 401 : roles.includes(w) ? allowed : 403])) as Record<
    Who,
    number
  >;
const everyone = (status: number): Record<Who, number> =>
  Object.fromEntries(WHO.map((w) => [w, status])) as Record<Who, number>;

/**
 * One row per route: the status each kind of caller gets. A route missing from this table fails
 * the last test, so every capability extends it with its own routes.
 */
const MATRIX: Cell[] = [
  { route: 'GET /api/health', request: () => ({ path: '/api/health' }), expect: everyone(200) },
  {
    route: 'POST /api/auth/login',
    request: () => ({ path: '/api/auth/login', body: { email: 'nobody@open.ac.uk', password: 'not a password' } }),
    expect: everyone(401),
  },
  {
    route: 'POST /api/auth/logout',
    request: () => ({ path: '/api/auth/logout' }),
    expect: deny(204, 'comms', 'manager', 'discipline', 'admin'),
  },
  {
    route: 'GET /api/auth/me',
    request: () => ({ path: '/api/auth/me' }),
    expect: deny(200, 'comms', 'manager', 'discipline', 'admin'),
  },
  { route: 'GET /api/users', request: () => ({ path: '/api/users' }), expect: deny(200, 'admin') },
  {
    route: 'POST /api/users',
    request: (c) => ({
      path: '/api/users',
      body: { email: `${c.unique()}@open.ac.uk`, displayName: 'New', role: 'comms' },
    }),
    expect: deny(201, 'admin'),
  },
  {
    route: 'PATCH /api/users/:id',
    request: (c) => ({ path: `/api/users/${c.someUserId}`, body: { displayName: 'Renamed' } }),
    expect: deny(200, 'admin'),
  },
  {
    route: 'POST /api/users/:id/reset-password',
    request: (c) => ({ path: `/api/users/${c.resetTargetId}/reset-password` }),
    expect: deny(200, 'admin'),
  },
  {
    route: 'POST /api/auth/password',
    // A wrong current password: every signed-in role reaches the check, and nobody's password changes.
    request: () => ({
      path: '/api/auth/password',
      body: { currentPassword: 'not the current one', newPassword: 'blue river quietly sings' },
    }),
    expect: deny(400, 'comms', 'manager', 'discipline', 'admin'),
  },
  { route: 'GET /api/audit', request: () => ({ path: '/api/audit' }), expect: deny(200, 'admin') },
  // Issue 19 §7: the audit log's export and "Verify chain" are for admins alone, like the log.
  {
    route: 'GET /api/audit/export.csv',
    request: () => ({ path: '/api/audit/export.csv' }),
    expect: deny(200, 'admin'),
  },
  { route: 'POST /api/audit/verify', request: () => ({ path: '/api/audit/verify' }), expect: deny(200, 'admin') },
  // Issue 19 §5: the admin's landing page.
  { route: 'GET /api/health/system', request: () => ({ path: '/api/health/system' }), expect: deny(200, 'admin') },
  { route: 'GET /api/auth/providers', request: () => ({ path: '/api/auth/providers' }), expect: everyone(200) },
  // SSO is not configured in this app: the routes exist, are public, and say so.
  { route: 'GET /api/auth/oidc/login', request: () => ({ path: '/api/auth/oidc/login' }), expect: everyone(404) },
  { route: 'GET /api/auth/oidc/callback', request: () => ({ path: '/api/auth/oidc/callback' }), expect: everyone(404) },
  { route: 'GET /api/sources', request: () => ({ path: '/api/sources' }), expect: deny(200, 'admin') },
  {
    route: 'POST /api/sources',
    request: (c) => ({ path: '/api/sources', body: { kind: 'x', name: c.unique(), enabled: false } }),
    expect: deny(201, 'admin'),
  },
  {
    route: 'PATCH /api/sources/:id',
    request: (c) => ({ path: `/api/sources/${c.sourceId}`, body: { pollIntervalSeconds: 300 } }),
    expect: deny(200, 'admin'),
  },
  { route: 'GET /api/ingest-runs', request: () => ({ path: '/api/ingest-runs' }), expect: deny(200, 'admin') },
  // The Sources page's platform overview is for admins; the queue's platform filter for whoever triages.
  {
    route: 'GET /api/sources/overview',
    request: () => ({ path: '/api/sources/overview' }),
    expect: deny(200, 'admin'),
  },
  {
    route: 'GET /api/sources/platforms',
    request: () => ({ path: '/api/sources/platforms' }),
    expect: deny(200, 'comms', 'admin'),
  },
  {
    route: 'POST /api/watch-queries/preview',
    request: () => ({ path: '/api/watch-queries/preview', body: { phrases: ['Open University'] } }),
    expect: deny(200, 'admin'),
  },
  { route: 'GET /api/watch-queries', request: () => ({ path: '/api/watch-queries' }), expect: deny(200, 'admin') },
  {
    route: 'POST /api/watch-queries',
    request: (c) => ({ path: '/api/watch-queries', body: { name: c.unique(), phrases: ['Open University'] } }),
    expect: deny(201, 'admin'),
  },
  {
    route: 'PATCH /api/watch-queries/:id',
    request: (c) => ({ path: `/api/watch-queries/${c.watchQueryId}`, body: { includeReposts: false } }),
    expect: deny(200, 'admin'),
  },
  {
    route: 'POST /api/classify',
    request: () => ({ path: '/api/classify', body: { text: 'Ring me on 07700 900123' } }),
    expect: deny(200, 'comms', 'admin'),
  },
  { route: 'GET /api/classify/model', request: () => ({ path: '/api/classify/model' }), expect: deny(200, 'admin') },
  {
    route: 'GET /api/classify/precision',
    request: () => ({ path: '/api/classify/precision' }),
    expect: deny(200, 'admin'),
  },
  // Escalations: officers and admins act; comms read a case and add notes; managers see counts only.
  {
    route: 'GET /api/escalations',
    request: () => ({ path: '/api/escalations' }),
    expect: deny(200, 'discipline', 'admin'),
  },
  {
    route: 'GET /api/escalations/counts',
    request: () => ({ path: '/api/escalations/counts' }),
    expect: deny(200, 'manager', 'discipline', 'admin'),
  },
  {
    route: 'GET /api/escalations/:id',
    request: (c) => ({ path: `/api/escalations/${c.escalationId}` }),
    expect: deny(200, 'comms', 'discipline', 'admin'),
  },
  {
    // A deliberately stale version: allowed roles reach the rule (409), others are stopped before it.
    route: 'PATCH /api/escalations/:id',
    request: (c) => ({ path: `/api/escalations/${c.escalationId}`, body: { status: 'acknowledged', version: 999 } }),
    expect: deny(409, 'discipline', 'admin'),
  },
  {
    route: 'POST /api/escalations/:id/notes',
    request: (c) => ({ path: `/api/escalations/${c.escalationId}/notes`, body: { body: 'a note' } }),
    expect: deny(201, 'comms', 'discipline', 'admin'),
  },
  {
    // Issue 19 §6: the seeded case is open, so allowed roles reach the rule (409: only a closed case reopens).
    route: 'POST /api/escalations/:id/reopen',
    request: (c) => ({ path: `/api/escalations/${c.escalationId}/reopen`, body: { reason: 'matrix', version: 1 } }),
    expect: deny(409, 'discipline', 'admin'),
  },
  {
    route: 'GET /api/escalations/:id/timeline',
    request: (c) => ({ path: `/api/escalations/${c.escalationId}/timeline` }),
    expect: deny(200, 'comms', 'discipline', 'admin'),
  },
  {
    route: 'POST /api/escalations/:id/printed',
    request: (c) => ({ path: `/api/escalations/${c.escalationId}/printed`, body: {} }),
    expect: deny(204, 'discipline', 'admin'),
  },
  {
    route: 'GET /api/escalations/:id/export.json',
    request: (c) => ({ path: `/api/escalations/${c.escalationId}/export.json` }),
    expect: deny(200, 'discipline', 'admin'),
  },
  {
    route: 'GET /api/notifications',
    request: () => ({ path: '/api/notifications' }),
    expect: deny(200, 'comms', 'manager', 'discipline', 'admin'),
  },
  {
    route: 'POST /api/notifications/read',
    request: () => ({ path: '/api/notifications/read', body: { ids: [] } }),
    expect: deny(204, 'comms', 'manager', 'discipline', 'admin'),
  },
  {
    route: 'GET /api/trends/volume',
    request: () => ({ path: '/api/trends/volume?from=2026-01-01&to=2026-01-31' }),
    expect: deny(200, 'manager', 'admin'),
  },
  {
    route: 'GET /api/trends/escalations',
    request: () => ({ path: '/api/trends/escalations?from=2026-01-01&to=2026-01-31' }),
    expect: deny(200, 'manager', 'admin'),
  },
  {
    route: 'GET /api/trends/summary',
    request: () => ({ path: '/api/trends/summary?from=2026-01-01&to=2026-01-31' }),
    expect: deny(200, 'manager', 'admin'),
  },
  {
    route: 'GET /api/trends/matrix',
    request: () => ({ path: '/api/trends/matrix?from=2026-01-01&to=2026-01-31' }),
    expect: deny(200, 'manager', 'admin'),
  },
  {
    // Managers see time to response on our own accounts as a figure; discipline sees none of it (issue 16).
    route: 'GET /api/trends/response',
    request: () => ({ path: '/api/trends/response?from=2026-01-01&to=2026-01-31' }),
    expect: deny(200, 'manager', 'admin'),
  },
  {
    route: 'GET /api/trends/drill-down',
    request: () => ({ path: '/api/trends/drill-down?topCategory=litigation&status=new,hidden' }),
    expect: deny(200, 'manager', 'admin'),
  },
  {
    route: 'GET /api/trends/top',
    request: () => ({ path: '/api/trends/top?from=2026-01-01&to=2026-01-31&by=hashtag' }),
    expect: deny(200, 'manager', 'admin'),
  },
  {
    route: 'GET /api/trends/export.csv',
    request: () => ({ path: '/api/trends/export.csv?dataset=volume&from=2026-01-01&to=2026-01-31' }),
    expect: deny(200, 'manager', 'admin'),
  },
  {
    route: 'GET /api/trends/alerts',
    request: () => ({ path: '/api/trends/alerts' }),
    expect: deny(200, 'manager', 'admin'),
  },
  {
    // No alert with this id: reaching the service (404) shows the role check passed.
    route: 'POST /api/trends/alerts/:id/acknowledge',
    request: () => ({ path: '/api/trends/alerts/999999999/acknowledge' }),
    expect: deny(404, 'manager', 'admin'),
  },
  // Triage: comms and admins only. Per-mention routes name a mention that does not exist, so the
  // allowed roles reach the lookup (404) and the others are stopped before it.
  { route: 'GET /api/mentions', request: () => ({ path: '/api/mentions' }), expect: deny(200, 'comms', 'admin') },
  {
    route: 'GET /api/mentions/summary',
    request: () => ({ path: '/api/mentions/summary' }),
    expect: deny(200, 'comms', 'admin'),
  },
  {
    route: 'GET /api/mentions/assignable-users',
    request: () => ({ path: '/api/mentions/assignable-users' }),
    expect: deny(200, 'comms', 'admin'),
  },
  {
    route: 'GET /api/mentions/safeguarding-alert',
    request: () => ({ path: '/api/mentions/safeguarding-alert' }),
    expect: deny(200, 'comms', 'admin'),
  },
  {
    route: 'GET /api/mentions/safeguarding-contacts',
    request: () => ({ path: '/api/mentions/safeguarding-contacts' }),
    expect: deny(200, 'comms', 'admin'),
  },
  {
    route: 'POST /api/mentions/:id/unmark',
    request: () => ({ path: '/api/mentions/999999999/unmark', body: { version: 1 } }),
    expect: deny(404, 'comms', 'admin'),
  },
  {
    route: 'POST /api/mentions/seen',
    request: () => ({ path: '/api/mentions/seen' }),
    expect: deny(204, 'comms', 'admin'),
  },
  {
    route: 'POST /api/mentions/bulk',
    request: () => ({ path: '/api/mentions/bulk', body: { ids: ['999999999'], action: 'hide', reason: 'spam' } }),
    expect: deny(404, 'comms', 'admin'),
  },
  {
    route: 'GET /api/mentions/:id',
    request: () => ({ path: '/api/mentions/999999999' }),
    expect: deny(404, 'comms', 'admin'),
  },
  {
    route: 'POST /api/mentions/:id/hide',
    request: () => ({ path: '/api/mentions/999999999/hide', body: { reason: 'spam', version: 1 } }),
    expect: deny(404, 'comms', 'admin'),
  },
  {
    route: 'POST /api/mentions/:id/unhide',
    request: () => ({ path: '/api/mentions/999999999/unhide', body: { version: 1 } }),
    expect: deny(404, 'comms', 'admin'),
  },
  {
    route: 'POST /api/mentions/:id/escalate',
    request: () => ({
      path: '/api/mentions/999999999/escalate',
      body: { reason: 'threat', severity: 'high', version: 1 },
    }),
    expect: deny(404, 'comms', 'admin'),
  },
  {
    route: 'POST /api/mentions/:id/mark',
    request: () => ({ path: '/api/mentions/999999999/mark', body: { mark: 'no_action', version: 1 } }),
    expect: deny(404, 'comms', 'admin'),
  },
  {
    route: 'POST /api/mentions/:id/assign',
    request: () => ({ path: '/api/mentions/999999999/assign', body: { userId: null } }),
    expect: deny(404, 'comms', 'admin'),
  },
  {
    route: 'POST /api/mentions/:id/notes',
    request: () => ({ path: '/api/mentions/999999999/notes', body: { body: 'a note' } }),
    expect: deny(404, 'comms', 'admin'),
  },
  // Public reports (issue 17): anyone may fetch a challenge and send a report (without a proof of
  // work, every caller gets the same 400); reporter details and screenshots are for comms,
  // discipline and admin, never managers.
  { route: 'GET /api/reports/challenge', request: () => ({ path: '/api/reports/challenge' }), expect: everyone(200) },
  { route: 'POST /api/reports', request: () => ({ path: '/api/reports', body: {} }), expect: everyone(400) },
  {
    route: 'GET /api/reports/by-mention/:mentionId',
    request: () => ({ path: '/api/reports/by-mention/999999999' }),
    expect: deny(404, 'comms', 'discipline', 'admin'),
  },
  {
    route: 'POST /api/reports/by-mention/:mentionId/link',
    request: () => ({ path: '/api/reports/by-mention/999999999/link', body: { mentionId: '999999998' } }),
    expect: deny(400, 'comms', 'admin'),
  },
  {
    route: 'GET /api/reports/screenshots/:id',
    request: () => ({ path: '/api/reports/screenshots/999999999' }),
    expect: deny(404, 'comms', 'discipline', 'admin'),
  },
  // The OU's own accounts (issue 16): comms and admin reply and block on the platform; nobody else.
  {
    route: 'POST /api/mentions/:id/reply',
    request: () => ({ path: '/api/mentions/999999999/reply', body: { text: 'Thanks for asking', version: 1 } }),
    expect: deny(404, 'comms', 'admin'),
  },
  {
    route: 'POST /api/mentions/:id/block-author',
    request: () => ({ path: '/api/mentions/999999999/block-author', body: { reason: 'abuse' } }),
    expect: deny(404, 'comms', 'admin'),
  },
  {
    route: 'POST /api/mentions/:id/unblock-author',
    request: () => ({ path: '/api/mentions/999999999/unblock-author' }),
    expect: deny(404, 'comms', 'admin'),
  },
  // Accounts (issue 16 §4–5): comms and admin act; managers read an author's counts; discipline nothing.
  {
    route: 'GET /api/authors/:platform/:authorId',
    request: () => ({ path: '/api/authors/x/nobody-in-the-matrix' }),
    expect: deny(404, 'comms', 'manager', 'admin'),
  },
  {
    route: 'GET /api/authors/:platform/handle/:handle',
    request: () => ({ path: '/api/authors/x/handle/nobody-in-the-matrix' }),
    expect: deny(404, 'comms', 'admin'),
  },
  {
    route: 'PUT /api/authors/:platform/:authorId/watch',
    request: () => ({ path: '/api/authors/x/nobody-in-the-matrix/watch', body: { reason: 'matrix' } }),
    expect: deny(404, 'comms', 'admin'),
  },
  {
    route: 'DELETE /api/authors/:platform/:authorId/watch',
    request: () => ({ path: '/api/authors/x/nobody-in-the-matrix/watch' }),
    expect: deny(404, 'comms', 'admin'),
  },
  {
    route: 'POST /api/authors/:platform/:authorId/reports',
    request: () => ({ path: '/api/authors/x/nobody-in-the-matrix/reports', body: { reason: 'matrix' } }),
    expect: deny(404, 'comms', 'admin'),
  },
  {
    route: 'GET /api/official-accounts',
    request: () => ({ path: '/api/official-accounts' }),
    expect: deny(200, 'admin'),
  },
  {
    route: 'POST /api/official-accounts',
    request: () => ({ path: '/api/official-accounts', body: { platform: 'x', handle: 'matrix_official' } }),
    expect: deny(201, 'admin'),
  },
  {
    route: 'DELETE /api/official-accounts/:platform/:handle',
    request: () => ({ path: '/api/official-accounts/x/never_official' }),
    expect: deny(404, 'admin'),
  },
  // Data protection (issue 18): admins erase and export; officers and admins hold cases.
  {
    route: 'GET /api/privacy/retention',
    request: () => ({ path: '/api/privacy/retention' }),
    expect: deny(200, 'admin'),
  },
  {
    route: 'GET /api/privacy/cases/:id/hold',
    request: () => ({ path: '/api/privacy/cases/999999999/hold' }),
    expect: deny(404, 'discipline', 'admin'),
  },
  {
    route: 'PUT /api/privacy/cases/:id/hold',
    request: () => ({ path: '/api/privacy/cases/999999999/hold', body: { held: true, reason: 'matrix' } }),
    expect: deny(404, 'discipline', 'admin'),
  },
  {
    route: 'POST /api/privacy/erasures/author',
    request: () => ({ path: '/api/privacy/erasures/author', body: { platform: 'x', handle: 'nobody_in_the_matrix' } }),
    expect: deny(400, 'admin'),
  },
  {
    route: 'POST /api/privacy/erasures/mention/:id',
    request: () => ({ path: '/api/privacy/erasures/mention/999999999' }),
    expect: deny(404, 'admin'),
  },
  {
    route: 'POST /api/privacy/exports/author',
    request: () => ({ path: '/api/privacy/exports/author', body: { platform: 'x', authorId: 'nobody-in-the-matrix' } }),
    expect: deny(200, 'admin'),
  },
];

describe('route × role matrix', () => {
  let t: TestApp;
  const users = {} as Record<Role, TestUser>;
  let n = 0;
  let seeded: { sourceId: string; watchQueryId: string; escalationId: string; resetTargetId: string };
  const ctx = (): Context => ({
    someUserId: users.comms.id,
    ...seeded,
    unique: () => `matrix.${Date.now()}.${(n += 1)}`,
  });

  beforeAll(async () => {
    t = await newTestApp();
    for (const role of ['comms', 'manager', 'discipline', 'admin'] as const) users[role] = await createUser(t, role);
    const [source] = await t.db.query(`SELECT id::text FROM sources WHERE kind = 'demo'`);
    const [query] = await t.db.query(`SELECT id::text FROM watch_queries ORDER BY id LIMIT 1`);
    const mention = await newMention(t, { text: 'OU post' });
    const escalation = await t.db.transaction((tx) =>
      t.app.get(EscalationsService).raise(tx, {
        mentionId: mention.id,
        reason: 'matrix',
        severity: 'low',
        actor: { id: users.comms.id, email: users.comms.email },
      }),
    );
    const resetTarget = await createUser(t, 'comms');
    seeded = {
      sourceId: source.id,
      watchQueryId: query.id,
      escalationId: escalation.id,
      resetTargetId: resetTarget.id,
    };
  });
  afterAll(() => t.close());

  const cases = MATRIX.flatMap((cell) => WHO.map((who) => [cell.route, who, cell.expect[who], cell] as const));
  it.each(cases)('%s as %s → %i', async (route, who, status, cell) => {
    const [method] = route.split(' ');
    const agent = who === 'anonymous' ? supertest.agent(t.app.getHttpServer()) : await signIn(t, users[who]);
    const { path, body } = cell.request(ctx());
    const verb = method!.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
    const res = await agent[verb](path).send(body);
    expect({ route, who, status: res.status }).toEqual({ route, who, status });
  });

  it('covers every registered route', () => {
    const registered = registeredRoutes(t).map((r) => `${r.method} ${r.path}`);
    expect(MATRIX.map((c) => c.route).sort()).toEqual(registered.sort());
  });
});
