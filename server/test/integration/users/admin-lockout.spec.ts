import { spawnSync } from 'node:child_process';
import { createUser, signIn, type TestUser } from '../../support/auth';
import { REPO_ROOT } from '../../support/server-process';
import { newTestApp, type TestApp } from '../../support/test-app';

type Agent = Awaited<ReturnType<typeof signIn>>;

describe('admins cannot lock everyone out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());

  /** Exactly these admins are enabled: every other admin from earlier tests is disabled first. */
  async function onlyEnabledAdmins(count: number): Promise<TestUser[]> {
    await t.db.query(`UPDATE users SET disabled_at = now() WHERE role = 'admin'`);
    const admins: TestUser[] = [];
    for (let i = 0; i < count; i += 1) admins.push(await createUser(t, 'admin'));
    return admins;
  }

  /** One after the other: parallel sign-ins would meet the bound on concurrent password checks. */
  async function signInEach(users: TestUser[]) {
    const agents = [];
    for (const user of users) agents.push(await signIn(t, user));
    return agents as [Agent, Agent, ...Agent[]];
  }

  const enabledAdmins = async (): Promise<number> => {
    const [row] = await t.db.query(`SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL`);
    return row.n;
  };

  it.each([
    ['disable', { disabled: true }],
    ['demote', { role: 'comms' }],
  ])('two admins who %s each other at once: one succeeds, the other gets 409', async (_verb, change) => {
    const [a, b] = await onlyEnabledAdmins(2);
    const [agentA, agentB] = await signInEach([a!, b!]);
    const results = await Promise.all([
      agentA.patch(`/api/users/${b!.id}`).send(change),
      agentB.patch(`/api/users/${a!.id}`).send(change),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.body.message).toMatch(/last enabled admin|no longer an enabled admin/);
    expect(await enabledAdmins()).toBe(1);
  });

  it('with a third admin left, an admin disabled mid-request still cannot act: one of the two is refused', async () => {
    const [a, b] = await onlyEnabledAdmins(3);
    const [agentA, agentB] = await signInEach([a!, b!]);
    const results = await Promise.all([
      agentA.patch(`/api/users/${b!.id}`).send({ disabled: true }),
      agentB.patch(`/api/users/${a!.id}`).send({ disabled: true }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await enabledAdmins()).toBe(2);
  });

  it('many parallel attempts to disable every admin leave exactly one enabled', async () => {
    const admins = await onlyEnabledAdmins(4);
    const agents = await signInEach(admins);
    const results = await Promise.all(
      agents.flatMap((agent, i) =>
        admins
          .filter((_, j) => j !== i)
          .map((target) => agent.patch(`/api/users/${target.id}`).send({ disabled: true })),
      ),
    );
    // 401: the caller was disabled by an earlier request of the burst, so their session had already ended.
    // 503: on a loaded machine, twelve transactions queued on the admins' row locks can hold every
    // pooled connection for longer than a request waits for one; that is "busy, retry", never a 500.
    expect(results.map((r) => r.status).filter((s) => ![200, 401, 409, 503].includes(s))).toEqual([]);
    for (const busy of results.filter((r) => r.status === 503)) {
      expect(busy.headers['retry-after']).toBeDefined();
      expect(busy.body.message).toMatch(/try again in a moment/);
    }
    expect(await enabledAdmins()).toBe(1);
  });

  it('the command line cannot disable the last enabled admin either', async () => {
    const [last] = await onlyEnabledAdmins(1);
    const res = spawnSync(
      process.execPath,
      [`${REPO_ROOT}/server/dist/server/src/cli/user.js`, 'disable', '--email', last!.email],
      { env: { ...process.env, DATABASE_URL: t.databaseUrl }, encoding: 'utf8' },
    );
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/last enabled admin/);
    expect(await enabledAdmins()).toBe(1);
  });

  it('disabling a non-admin is unaffected', async () => {
    const [a] = await onlyEnabledAdmins(1);
    const comms = await createUser(t, 'comms');
    const agent = await signIn(t, a!);
    await agent.patch(`/api/users/${comms.id}`).send({ disabled: true }).expect(200);
  });
});
