import type { Role } from '@ou-listening/shared';
import supertest from 'supertest';
import { UsersService } from '../../src/users/users.service';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery staple';

let counter = 0;

export type TestUser = { id: string; email: string; role: Role; password: string };

/** A user straight through the users service (hashing and audit included), past the first-sign-in password change. */
export async function createUser(
  t: TestApp,
  role: Role,
  overrides: { email?: string; password?: string; displayName?: string } = {},
): Promise<TestUser> {
  counter += 1;
  const email = overrides.email ?? `${role}.${counter}.${Date.now()}@open.ac.uk`;
  const password = overrides.password ?? TEST_PASSWORD;
  const { user } = await t.app
    .get(UsersService)
    .create(
      { id: null, email: 'test-setup' },
      { email, role, displayName: overrides.displayName ?? `Test ${role}`, password },
    );
  // A new account must choose its own password at first sign-in; a fixture user has, already.
  await t.db.query(`UPDATE users SET must_change_password = false WHERE id = $1`, [user.id]);
  return { id: user.id, email: user.email, role, password };
}

export type SignedIn = { agent: ReturnType<typeof supertest.agent>; user: TestUser };

/** A supertest agent holding a real session cookie, after a real POST /api/auth/login. */
export async function signInAs(t: TestApp, role: Role): Promise<SignedIn> {
  const user = await createUser(t, role);
  return { agent: await signIn(t, user), user };
}

export async function signIn(t: TestApp, user: { email: string; password: string }) {
  const agent = supertest.agent(t.app.getHttpServer());
  await agent.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
  return agent;
}

/** The Set-Cookie value of the session cookie in a response, or undefined. */
export function sessionCookieOf(res: { headers: Record<string, unknown> }): string | undefined {
  const cookies = res.headers['set-cookie'];
  const list = Array.isArray(cookies) ? (cookies as string[]) : [];
  return list.find((c) => c.startsWith('ou_session='));
}
