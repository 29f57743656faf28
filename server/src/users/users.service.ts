import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@ou-listening/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { SessionUser } from '../auth/current-user.decorator.js';
import type { CreateUserDto, UpdateUserDto, UserDto } from './dto/user.dto.js';
import { generatePassword, hashPassword } from './password.js';
import type { UserRecord } from './user.types.js';
import {
  ActorNoLongerAdmin,
  CannotChangeOwnAccess,
  EmailAlreadyUsed,
  LastEnabledAdmin,
  UserNotFound,
} from './users.errors.js';
import { UsersRepository } from './users.repository.js';

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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<UserRecord[]> {
    return this.users.list();
  }

  async create(actor: Actor, input: CreateUserDto): Promise<{ user: UserRecord; generatedPassword?: string }> {
    const generatedPassword = input.password ? undefined : generatePassword();
    const passwordHash = await hashPassword(input.password ?? generatedPassword!);
    const user = await this.dataSource.transaction(async (tx) => {
      const created = await this.users.insert(
        { email: input.email.trim(), displayName: input.displayName.trim(), role: input.role, passwordHash },
        tx,
      );
      if (!created) throw new EmailAlreadyUsed(input.email);
      await this.audit.record(
        {
          action: 'user.create',
          actorId: actor.id,
          actorEmail: actor.email,
          targetType: 'user',
          targetId: created.id,
          details: { email: created.email, role: created.role },
          ip: actor.ip,
        },
        tx,
      );
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
          actorId: actor.id,
          actorEmail: actor.email,
          targetType: 'user',
          targetId: id,
          details: { ...changed, ...(changes.disabled === true ? { endedSessions } : {}) },
          ip: actor.ip,
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
}

type AuditedFields = { role: Role; displayName: string; disabled: boolean };

function summary(user: UserRecord): AuditedFields {
  return { role: user.role, displayName: user.displayName, disabled: user.disabledAt !== null };
}

/** The fields that differ, before and after; undefined when nothing changed (then no audit row). */
function changedFields(
  before: AuditedFields,
  after: AuditedFields,
): { before: Partial<AuditedFields>; after: Partial<AuditedFields> } | undefined {
  const keys = (Object.keys(after) as (keyof AuditedFields)[]).filter((key) => before[key] !== after[key]);
  if (keys.length === 0) return undefined;
  const pick = (from: AuditedFields) =>
    Object.fromEntries(keys.map((key) => [key, from[key]])) as Partial<AuditedFields>;
  return { before: pick(before), after: pick(after) };
}

export function actorOf(user: SessionUser, ip?: string): Actor {
  return { id: user.id, email: user.email, ip };
}
