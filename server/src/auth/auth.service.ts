import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { decoyPasswordHash, verifyPassword } from '../users/password.js';
import { UsersRepository } from '../users/users.repository.js';
import { InvalidCredentials, TooManySignInAttempts } from './auth.errors.js';
import type { SessionUser } from './current-user.decorator.js';
import { SessionsRepository } from './sessions.repository.js';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, newSessionToken } from './session-token.js';
import { FAILED_SIGN_IN, SignInAttemptsRepository } from './sign-in-attempts.repository.js';

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
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly attempts: SignInAttemptsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async signIn(
    email: string,
    password: string,
    meta: RequestMeta,
  ): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
    const now = this.clock.now();
    await this.refuseIfThrottled(email, meta, now);

    const user = await this.users.findByEmail(email);
    // Verify against a decoy when the account is unknown, so timing does not reveal which emails exist.
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    const reason = !user
      ? 'unknown_email'
      : !user.passwordHash || !passwordOk
        ? 'wrong_password'
        : user.disabledAt
          ? 'disabled'
          : undefined;
    if (!user || reason) {
      await this.audit.record({
        action: FAILED_SIGN_IN,
        actorId: user?.id ?? null,
        actorEmail: user?.email ?? null,
        targetType: 'user',
        targetId: user?.id ?? null,
        details: { email: email.toLowerCase(), reason },
        ip: meta.ip,
      });
      throw new InvalidCredentials();
    }

    return this.startSession(user, meta, 'password');
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

  private async refuseIfThrottled(email: string, meta: RequestMeta, now: Date): Promise<void> {
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
    const failures = await this.attempts.failuresSince(email, meta.ip, since);
    const blockedUntil = [
      failures.byAccount >= MAX_FAILURES_PER_ACCOUNT ? failures.oldestAccount : null,
      failures.byIp >= MAX_FAILURES_PER_IP ? failures.oldestIp : null,
    ]
      .filter((d): d is Date => d !== null)
      .map((d) => d.getTime() + THROTTLE_WINDOW_MS);
    if (blockedUntil.length === 0) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((Math.max(...blockedUntil) - now.getTime()) / 1000));
    await this.audit.record({ action: 'auth.login_throttled', details: { email: email.toLowerCase() }, ip: meta.ip });
    throw new TooManySignInAttempts(retryAfterSeconds);
  }
}
