import { ROLES, type Role } from '@ou-listening/shared';
import fc from 'fast-check';
import supertest from 'supertest';
import { EscalationsService } from '../../../src/escalations/escalations.service';
import { createUser, signInAs } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { type RegisteredRoute, registeredRoutes } from '../../support/routes';
import { newTestApp, type TestApp } from '../../support/test-app';
import { type BodyToSend, hostileBody, hostilePathParameter, hostileQuery } from './hostile-input';

/**
 * Every registered route, as every role and as nobody, fed hostile bodies, query strings and
 * path parameters (issue 12 §5). Whatever arrives, the answer is never a 5xx, and the server
 * is still healthy afterwards. The seed is fixed, so a failure is reproducible.
 */

const SEED = 1_202_612;
/** Runs per route for a caller the route admits (the requests that reach validation and SQL). */
const RUNS_WHEN_ADMITTED = 30;
/** Runs per route for a caller the guard refuses: the body parser still sees the body. */
const RUNS_WHEN_REFUSED = 3;

type Caller = 'anonymous' | Role;
const CALLERS: Caller[] = ['anonymous', ...ROLES];

/** The names any body or query on the API uses, so a route also gets fields that belong elsewhere. */
const BODY_FIELDS = ['email', 'password', 'role', 'displayName', 'disabled', 'name', 'kind', 'enabled'];
const QUERY_PARAMETERS = ['status', 'category', 'q', 'from', 'to', 'assignee', 'cursor', 'limit', 'offset'];

type Sample = { query?: Record<string, string>; body?: Record<string, unknown> };
type Known = { mentionId: string; victimUserId: string; cursor: string };

/** A valid request per route (what the hostile input spoils); routes not listed start from nothing. */
function samples(known: Known): Record<string, Sample> {
  const range = { from: '2026-01-01', to: '2026-01-31' };
  return {
    'POST /api/auth/login': { body: { email: 'nobody@open.ac.uk', password: 'not a password' } },
    'GET /api/auth/oidc/login': { query: { next: '/queue' } },
    // The current password is never right here, so no caller's password really changes.
    'POST /api/auth/password': {
      body: { currentPassword: 'not the password', newPassword: 'quiet harbour lantern 2026' },
    },
    'POST /api/users': { body: { email: 'fuzz@open.ac.uk', displayName: 'Fuzz', role: 'comms' } },
    'PATCH /api/users/:id': { body: { displayName: 'Renamed', role: 'comms', disabled: false } },
    'GET /api/audit': { query: { actor: 'admin', action: 'auth.login', limit: '10' } },
    'POST /api/sources': { body: { kind: 'x', name: 'Fuzzed source', enabled: false, pollIntervalSeconds: 300 } },
    'PATCH /api/sources/:id': { body: { enabled: false, pollIntervalSeconds: 300 } },
    'GET /api/ingest-runs': { query: { sourceId: '1', limit: '10' } },
    'POST /api/watch-queries': {
      body: { name: 'Fuzzed query', phrases: ['Open University'], hashtags: ['OU'], language: 'en' },
    },
    'PATCH /api/watch-queries/:id': { body: { name: 'Renamed', includeReposts: false, language: null } },
    'POST /api/classify': { body: { text: 'Ring me on 07700 900123' } },
    'GET /api/escalations': { query: { status: 'open', severity: 'high', assignee: 'me', limit: '10' } },
    'PATCH /api/escalations/:id': { body: { status: 'acknowledged', assigneeId: null, version: 1 } },
    'POST /api/escalations/:id/notes': { body: { body: 'a note' } },
    'POST /api/notifications/read': { body: { ids: ['1'] } },
    'GET /api/trends/volume': { query: { ...range, interval: 'week', groupBy: 'platform' } },
    'GET /api/trends/escalations': { query: { ...range, interval: 'day' } },
    'GET /api/trends/summary': { query: range },
    'GET /api/trends/top': { query: { ...range, by: 'hashtag', limit: '5' } },
    'GET /api/trends/export.csv': { query: { ...range, dataset: 'volume' } },
    'GET /api/trends/alerts': { query: { all: 'true' } },
    'GET /api/mentions': {
      query: { status: 'new', q: 'university', sort: 'risk', limit: '1', assignee: 'none', cursor: known.cursor },
    },
    'GET /api/mentions/summary': { query: { from: '2026-01-01', platform: 'x', minScore: '0.5' } },
    'POST /api/mentions/bulk': { body: { ids: [known.mentionId], action: 'mark', mark: 'no_action' } },
    'POST /api/mentions/:id/hide': { body: { reason: 'spam', version: 1 } },
    'POST /api/mentions/:id/unhide': { body: { version: 1 } },
    'POST /api/mentions/:id/escalate': { body: { reason: 'threat', severity: 'high', version: 1 } },
    'POST /api/mentions/:id/mark': { body: { mark: 'no_action', categories: ['personal_info'], version: 1 } },
    'POST /api/mentions/:id/assign': { body: { userId: known.victimUserId } },
    'POST /api/mentions/:id/notes': { body: { body: 'a note' } },
  };
}

type FuzzRequest = { path: string; body?: BodyToSend };

function hostileRequest(route: RegisteredRoute, sample: Sample, realIds: readonly string[]): fc.Arbitrary<FuzzRequest> {
  const names = route.path.match(/:\w+/g) ?? [];
  const parameters = fc.tuple(...names.map(() => hostilePathParameter(realIds)));
  const query = hostileQuery(sample.query ?? {}, QUERY_PARAMETERS);
  const hasBody = route.method !== 'GET';
  const body = hasBody
    ? hostileBody(sample.body ?? {}, BODY_FIELDS).map((b): BodyToSend | undefined => b)
    : fc.constant(undefined);
  return fc.tuple(parameters, query, body).map(([values, queryString, b]) => {
    let i = 0;
    const path = route.path.replace(/:\w+/g, () => values[i++]!);
    return { path: `${path}${queryString}`, body: b };
  });
}

describe('the API under hostile input', () => {
  let t: TestApp;
  const agents = new Map<Caller, ReturnType<typeof supertest.agent>>();
  let known: Known;
  let realIds: Record<string, string[]>;

  beforeAll(async () => {
    t = await newTestApp();
    agents.set('anonymous', supertest.agent(t.app.getHttpServer()));
    for (const role of ROLES) agents.set(role, (await signInAs(t, role)).agent);
    const victim = await createUser(t, 'comms');
    const mentions = await Promise.all([1, 2, 3].map(() => newMention(t, { text: 'Call 07700 900123 about the OU' })));
    const escalation = await t.db.transaction((tx) =>
      t.app.get(EscalationsService).raise(tx, {
        mentionId: mentions[0]!.id,
        reason: 'fuzz',
        severity: 'low',
        actor: { id: victim.id, email: victim.email },
      }),
    );
    const idsOf = async (table: string): Promise<string[]> =>
      ((await t.db.query(`SELECT id::text FROM ${table} ORDER BY id LIMIT 3`)) as { id: string }[]).map((r) => r.id);
    const firstPage = await agents.get('admin')!.get('/api/mentions?limit=1').expect(200);
    known = { mentionId: mentions[0]!.id, victimUserId: victim.id, cursor: firstPage.body.nextCursor as string };
    realIds = {
      mentions: mentions.map((m) => m.id),
      escalations: [escalation.id],
      users: [victim.id],
      sources: await idsOf('sources'),
      'watch-queries': await idsOf('watch_queries'),
      trends: await idsOf('spike_alerts'),
    };
  });
  afterAll(() => t.close());

  it('never answers 5xx, and is healthy afterwards', async () => {
    const routes = registeredRoutes(t)
      // Signing out would end the sessions the rest of the run needs; it takes no input but the cookie.
      .filter((r) => r.path !== '/api/auth/logout');
    const samplesByRoute = samples(known);
    const serverErrors: string[] = [];
    const answers = new Map<string, number>();

    for (const [index, route] of routes.entries()) {
      const sample = samplesByRoute[`${route.method} ${route.path}`] ?? {};
      const resource = route.path.split('/')[2] ?? '';
      for (const caller of CALLERS) {
        const admitted = route.public || (caller !== 'anonymous' && (route.roles ?? []).includes(caller));
        const agent = agents.get(caller)!;
        await fc.assert(
          fc.asyncProperty(hostileRequest(route, sample, realIds[resource] ?? []), async ({ path, body }) => {
            const verb = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
            const req = agent[verb](path);
            const status = await (body ? req.set('Content-Type', body.contentType).send(body.text) : req).then(
              (res) => String(res.status),
              (error: Error) => `no answer (${error.message})`,
            );
            answers.set(status, (answers.get(status) ?? 0) + 1);
            if (!/^[1-4]\d\d$/.test(status))
              serverErrors.push(
                `${status} as ${caller}: ${route.method} ${path.slice(0, 150)} ${body?.text.slice(0, 150) ?? ''}`,
              );
          }),
          { seed: SEED + index, numRuns: admitted ? RUNS_WHEN_ADMITTED : RUNS_WHEN_REFUSED },
        );
      }
    }

    const requests = [...answers.values()].reduce((a, b) => a + b, 0);
    const byStatus = [...answers].sort().map(([status, n]) => `${status}: ${n}`);
    console.log(`API fuzz: ${requests} requests over ${routes.length} routes (${byStatus.join(', ')})`);
    expect(serverErrors).toEqual([]);
    await t.http.get('/api/health').expect(200);
  }, 180_000);
});
