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
type Context = { someUserId: string; unique: () => string };

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
];

describe('route × role matrix', () => {
  let t: TestApp;
  const users = {} as Record<Role, TestUser>;
  let n = 0;
  const ctx = (): Context => ({ someUserId: users.comms.id, unique: () => `matrix.${Date.now()}.${(n += 1)}` });

  beforeAll(async () => {
    t = await newTestApp();
    for (const role of ['comms', 'manager', 'discipline', 'admin'] as const) users[role] = await createUser(t, role);
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
