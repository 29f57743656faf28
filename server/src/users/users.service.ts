import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@ou-listening/shared';
import { DataSource } from 'typeorm';
import { actorEntry, AuditService, byActor } from '../audit/audit.service.js';
import { Clock, secondsUntil } from '../common/clock.js';
import type { SessionUser } from '../common/current-user.decorator.js';
import type { CreateUserDto, UpdateUserDto, UserDto } from './dto/user.dto.js';
import {
  decoyPasswordHash,
  hashPassword,
  needsRehash,
  newGeneratedPassword,
  rehashPassword,
  verifyPassword,
} from './password.js';
import type { UserRecord } from './user.types.js';
import {
  ActorNoLongerAdmin,
  CannotChangeOwnAccess,
  CannotResetOwnPassword,
  EmailAlreadyUsed,
  LastEnabledAdmin,
  NoPasswordToChange,
  PasswordChangeInProgress,
  PasswordUnchanged,
  TooManyPasswordChangeAttempts,
  UserNotFound,
  WrongCurrentPassword,
} from './users.errors.js';
import { PASSWORD_CHANGE_FAILED, UsersRepository } from './users.repository.js';
import { changedFields } from '../audit/changed-fields.js';

const PASSWORD_CHANGE_WINDOW_MS = 15 * 60 * 1000;
const MAX_WRONG_CURRENT_PASSWORDS = 5;

/** Who did it, for the audit row: a signed-in user, or the operator at the command line. */
export type Actor = { id: string | null; email: string; ip?: string };

export function toUserDto(user: UserRecord): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}

@Injectable()
export class UsersService {
  /** Users whose own password change is being checked in this process: one at a time each. */
  private readonly changesInFlight = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  findById(id: string): Promise<UserRecord | undefined> {
    return this.users.findById(id);
  }

  findByOidcSubject(issuer: string, subject: string): Promise<UserRecord | undefined> {
    return this.users.findByOidcSubject(issuer, subject);
  }

  findByEmail(email: string): Promise<UserRecord | undefined> {
    return this.users.findByEmail(email);
  }

  linkOidc(id: string, issuer: string, subject: string): Promise<void> {
    return this.users.linkOidc(id, issuer, subject);
  }

  /**
   * The account for these credentials and whether the password matches. An unknown email is checked
   * against a decoy, so timing does not reveal which emails exist; a matching hash with old
   * parameters is upgraded.
   */
  async verifyCredentials(email: string, password: string): Promise<{ user?: UserRecord; passwordOk: boolean }> {
    const user = await this.users.findByEmail(email);
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (user?.passwordHash && passwordOk && !user.disabledAt && needsRehash(user.passwordHash))
      await this.users.update(user.id, { passwordHash: await rehashPassword(password) }, this.dataSource.manager);
    return { user, passwordOk };
  }

  list(): Promise<UserRecord[]> {
    return this.users.list();
  }

  async create(actor: Actor, input: CreateUserDto): Promise<{ user: UserRecord; generatedPassword?: string }> {
    const email = input.email.trim();
    let passwordHash: string;
    let generatedPassword: string | undefined;
    if (input.password === undefined) ({ password: generatedPassword, passwordHash } = await newGeneratedPassword());
    else passwordHash = await hashPassword(input.password, { email });
    const user = await this.dataSource.transaction(async (tx) => {
      // Whoever created the account knows its first password: its owner chooses their own at first sign-in.
      const created = await this.users.insert(
        { email, displayName: input.displayName.trim(), role: input.role, passwordHash, mustChangePassword: true },
        tx,
      );
      if (!created) throw new EmailAlreadyUsed(input.email);
      const details = { email: created.email, role: created.role };
      await this.audit.record(actorEntry(actor, 'user.create', 'user', created.id, details), tx);
      return created;
    });
    return { user, generatedPassword };
  }

  /**
   * Every update first locks the enabled admins' rows in one order, so two changes to who is an admin
   * run one after the other and the second sees the first's outcome: two admins disabling each other
   * at once cannot both succeed, and the last enabled admin cannot be disabled or demoted.
   */
  async update(actor: Actor, id: string, changes: UpdateUserDto): Promise<UserRecord> {
    if (actor.id === id && (changes.disabled === true || (changes.role && changes.role !== 'admin')))
      throw new CannotChangeOwnAccess();
    return this.dataSource.transaction(async (tx) => {
      const enabledAdmins = await this.users.lockEnabledAdmins(tx);
      if (actor.id !== null && !enabledAdmins.includes(actor.id)) throw new ActorNoLongerAdmin();
      const before = await this.users.lockById(id, tx);
      if (!before) throw new UserNotFound(id);
      const removesAnAdmin =
        enabledAdmins.includes(id) && (changes.disabled === true || (changes.role ?? 'admin') !== 'admin');
      if (removesAnAdmin && enabledAdmins.length === 1) throw new LastEnabledAdmin();
      const after = await this.users.update(id, changes, tx);
      if (!after) throw new UserNotFound(id);
      const endedSessions = changes.disabled === true ? await this.users.endSessions(id, tx) : 0;
      const changed = changedFields(summary(before), summary(after));
      if (!changed) return after;
      await this.audit.record(
        {
          action:
            changed.after.disabled === true
              ? 'user.disable'
              : changed.after.disabled === false
                ? 'user.enable'
                : 'user.update',
          ...byActor(actor),
          targetType: 'user',
          targetId: id,
          details: { ...changed, ...(changes.disabled === true ? { endedSessions } : {}) },
        },
        tx,
      );
      return after;
    });
  }

  async disableByEmail(actor: Actor, email: string): Promise<UserRecord> {
    const user = await this.users.findByEmail(email);
    if (!user) throw new UserNotFound(email, 'email');
    return this.update(actor, user.id, { disabled: true });
  }

  /**
   * The signed-in user's own change: the current password is required, the new one must meet the
   * policy, and every other session of theirs ends. Wrong current passwords are audited and limited
   * (a stolen session must not become a way to guess the password), and one change per user is
   * checked at a time, so parallel guesses cannot all pass the count.
   */
  async changeOwnPassword(
    me: SessionUser,
    keepSessionId: string | undefined,
    passwords: { currentPassword: string; newPassword: string },
    ip?: string,
  ): Promise<void> {
    if (this.changesInFlight.has(me.id)) throw new PasswordChangeInProgress();
    this.changesInFlight.add(me.id);
    try {
      await this.refuseIfTooManyWrongPasswords(me.id);
      const user = await this.users.findById(me.id);
      if (!user) throw new UserNotFound(me.id);
      if (!user.passwordHash) throw new NoPasswordToChange();
      if (!(await verifyPassword(user.passwordHash, passwords.currentPassword))) {
        await this.audit.record({
          action: PASSWORD_CHANGE_FAILED,
          actorId: user.id,
          actorEmail: user.email,
          targetType: 'user',
          targetId: user.id,
          ip,
        });
        throw new WrongCurrentPassword();
      }
      if (passwords.newPassword === passwords.currentPassword) throw new PasswordUnchanged();
      const passwordHash = await hashPassword(passwords.newPassword, user);
      await this.dataSource.transaction(async (tx) => {
        await this.users.update(user.id, { passwordHash, mustChangePassword: false }, tx);
        const endedSessions = await this.users.endSessions(user.id, tx, keepSessionId);
        await this.audit.record(
          {
            action: 'user.password_change',
            actorId: user.id,
            actorEmail: user.email,
            targetType: 'user',
            targetId: user.id,
            details: { endedSessions },
            ip,
          },
          tx,
        );
      });
    } finally {
      this.changesInFlight.delete(me.id);
    }
  }

  /**
   * An admin's (or the operator's) reset: a generated password, shown once to whoever reset it; the
   * user's sessions end and they must choose their own password at the next sign-in.
   */
  async resetPassword(actor: Actor, id: string): Promise<{ user: UserRecord; generatedPassword: string }> {
    if (actor.id === id) throw new CannotResetOwnPassword();
    const { password, passwordHash } = await newGeneratedPassword();
    const user = await this.dataSource.transaction(async (tx) => {
      const updated = await this.users.update(id, { passwordHash, mustChangePassword: true }, tx);
      if (!updated) throw new UserNotFound(id);
      const endedSessions = await this.users.endSessions(id, tx);
      await this.audit.record(actorEntry(actor, 'user.password_reset', 'user', id, { endedSessions }), tx);
      return updated;
    });
    return { user, generatedPassword: password };
  }

  async resetPasswordByEmail(actor: Actor, email: string): Promise<{ user: UserRecord; generatedPassword: string }> {
    const user = await this.users.findByEmail(email);
    if (!user) throw new UserNotFound(email, 'email');
    return this.resetPassword(actor, user.id);
  }

  /** While true, the API answers this user only on the routes that let them change it. */
  mustChangePassword(userId: string): Promise<boolean> {
    return this.users.mustChangePassword(userId);
  }

  private async refuseIfTooManyWrongPasswords(userId: string): Promise<void> {
    const now = this.clock.now();
    const failures = await this.users.passwordChangeFailuresSince(
      userId,
      new Date(now.getTime() - PASSWORD_CHANGE_WINDOW_MS),
      MAX_WRONG_CURRENT_PASSWORDS,
    );
    if (failures.length < MAX_WRONG_CURRENT_PASSWORDS) return;
    // The oldest of the last few leaves the window first.
    const oldest = failures[failures.length - 1]!;
    throw new TooManyPasswordChangeAttempts(secondsUntil(new Date(oldest.getTime() + PASSWORD_CHANGE_WINDOW_MS), now));
  }
}

type AuditedFields = { role: Role; displayName: string; disabled: boolean };

function summary(user: UserRecord): AuditedFields {
  return { role: user.role, displayName: user.displayName, disabled: user.disabledAt !== null };
}
