import { registeredRoutes } from '../../support/routes';
import { newTestApp, type TestApp } from '../../support/test-app';

describe('deny by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());

  it('finds the routes through Nest discovery', () => {
    const routes = registeredRoutes(t).map((r) => `${r.method} ${r.path}`);
    expect(routes).toEqual(expect.arrayContaining(['GET /api/health', 'POST /api/auth/login', 'GET /api/audit']));
  });

  it('every registered route declares @Public() or @Roles(...)', () => {
    const open = registeredRoutes(t)
      .filter((r) => !r.public && (!r.roles || r.roles.length === 0))
      .map((r) => `${r.method} ${r.path}`);
    expect(open).toEqual([]);
  });
});
