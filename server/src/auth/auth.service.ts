import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock, secondsUntil } from '../common/clock.js';
import type { UserRecord } from '../users/user.types.js';
import { UsersService } from '../users/users.service.js';
import { InvalidCredentials, TooManySignInAttempts } from './auth.errors.js';
import type { SessionUser } from '../common/current-user.decorator.js';
import { SessionsRepository } from './sessions.repository.js';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, newSessionToken } from './session-token.js';
import { FAILED_SIGN_IN, SignInAttemptsRepository } from './sign-in-attempts.repository.js';
import { VerificationSlots } from './verification-slots.js';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 30;

export type RequestMeta = { ip?: string; userAgent?: string };

export type SessionCheck =
  { status: 'valid'; user: SessionUser; sessionId: string } | { status: 'expired' | 'unknown' | 'disabled' };

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly sessions: SessionsRepository,
    private readonly attempts: SignInAttemptsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly slots: VerificationSlots,
  ) {}

  async signIn(
    email: string,
    password: string,
    meta: RequestMeta,
  ): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
    const now = this.clock.now();
    const keys = [`account:${email.toLowerCase()}`, ...(meta.ip ? [`ip:${meta.ip}`] : [])];
    // The in-process gate first: a burst from one account or address is turned away without
    // touching the database, so it cannot queue on the connection pool in front of everyone else.
    const user = await this.slots.run(keys, async () => {
      await this.reservePlaces(keys, email, meta, now);
      let outcome: 'signed_in' | 'failed' | 'not_checked' = 'not_checked';
      try {
        const checked = await this.checkPassword(email, password, meta);
        outcome = checked ? 'signed_in' : 'failed';
        return checked;
      } finally {
        // A failure keeps its places; a success, or a check that never ran, gives them back.
        if (outcome !== 'failed') await Promise.all(keys.map((key) => this.attempts.release(key)));
      }
    });
    if (!user) throw new InvalidCredentials();
    return this.startSession(user, meta, 'password');
  }

  /** Verifies the password (against a decoy for unknown emails) and writes the failure to the audit log. */
  private async checkPassword(email: string, password: string, meta: RequestMeta): Promise<UserRecord | null> {
    const { user, passwordOk } = await this.users.verifyCredentials(email, password);
    const reason = !user
      ? 'unknown_email'
      : !user.passwordHash || !passwordOk
        ? 'wrong_password'
        : user.disabledAt
          ? 'disabled'
          : undefined;
    if (user && !reason) return user;
    await this.audit.record({
      action: FAILED_SIGN_IN,
      actorId: user?.id ?? null,
      actorEmail: user?.email ?? null,
      targetType: 'user',
      targetId: user?.id ?? null,
      details: { email: email.toLowerCase(), reason },
      ip: meta.ip,
    });
    return null;
  }

  /** A new session (always a new id) for someone who has just proved who they are. */
  async startSession(
    user: { id: string; email: string; displayName: string; role: SessionUser['role'] },
    meta: RequestMeta,
    method: 'password' | 'oidc',
  ): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
    const now = this.clock.now();
    const { token, id } = newSessionToken();
    const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
    await this.dataSource.transaction(async (tx) => {
      await this.sessions.insert({ id, userId: user.id, now, expiresAt, ...meta }, tx);
      await this.audit.record(
        {
          action: 'auth.login',
          actorId: user.id,
          actorEmail: user.email,
          targetType: 'user',
          targetId: user.id,
          details: { method },
          ip: meta.ip,
        },
        tx,
      );
    });
    return {
      user: { id: user.id, email: user.email, displayName: user.displayName, role: user.role },
      token,
      expiresAt,
    };
  }

  async signOut(user: SessionUser, sessionId: string, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.sessions.delete(sessionId, tx);
      await this.audit.record(
        {
          action: 'auth.logout',
          actorId: user.id,
          actorEmail: user.email,
          targetType: 'user',
          targetId: user.id,
          ip: meta.ip,
        },
        tx,
      );
    });
  }

  /** Looks up a session and applies the idle and absolute limits; ends it when either has passed. */
  async checkSession(sessionId: string): Promise<SessionCheck> {
    const found = await this.sessions.findWithUser(sessionId);
    if (!found) return { status: 'unknown' };
    const now = this.clock.now();
    if (found.user.disabledAt) {
      await this.sessions.delete(sessionId);
      return { status: 'disabled' };
    }
    const idleLimit = found.lastSeenAt.getTime() + SESSION_IDLE_MS;
    if (now.getTime() >= found.expiresAt.getTime() || now.getTime() >= idleLimit) {
      await this.sessions.delete(sessionId);
      return { status: 'expired' };
    }
    // Writing on every request would make each read a write; a minute's precision is plenty for a 30-minute limit.
    if (now.getTime() - found.lastSeenAt.getTime() > 60_000) await this.sessions.touch(sessionId, now);
    const { id, email, displayName, role } = found.user;
    return { status: 'valid', sessionId, user: { id, email, displayName, role } };
  }

  /**
   * Takes a place in the account's window and in the address's window, or refuses with 429. Places
   * are taken before the password is checked, so parallel attempts cannot all pass a count made
   * before any of them failed.
   */
  private async reservePlaces(keys: string[], email: string, meta: RequestMeta, now: Date): Promise<void> {
    const taken: string[] = [];
    for (const key of keys) {
      const limit = key.startsWith('ip:') ? MAX_FAILURES_PER_IP : MAX_FAILURES_PER_ACCOUNT;
      const reservation = await this.attempts.reserve(key, limit, now, THROTTLE_WINDOW_MS);
      if (reservation.reserved) {
        taken.push(key);
        continue;
      }
      await Promise.all(taken.map((k) => this.attempts.release(k)));
      if (reservation.firstRefusal)
        await this.audit.record({
          action: 'auth.login_throttled',
          details: { email: email.toLowerCase(), limit: key.startsWith('ip:') ? 'address' : 'account' },
          ip: meta.ip,
        });
      throw new TooManySignInAttempts(secondsUntil(reservation.windowEndsAt, now));
    }
  }
}
