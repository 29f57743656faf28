import type { Role } from '@ou-listening/shared';
import supertest from 'supertest';
import { createUser, signIn, type TestUser } from '../../support/auth';
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
type Context = { someUserId: string; sourceId: string; watchQueryId: string; unique: () => string };

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
  { route: 'GET /api/audit', request: () => ({ path: '/api/audit' }), expect: deny(200, 'admin') },
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
];

describe('route × role matrix', () => {
  let t: TestApp;
  const users = {} as Record<Role, TestUser>;
  let n = 0;
  let seeded: { sourceId: string; watchQueryId: string };
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
    seeded = { sourceId: source.id, watchQueryId: query.id };
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
