import { DomainError } from '../common/domain-error.js';
import { PASSWORD_CHANGE_REQUIRED } from '@ou-listening/shared';

export class UserNotFound extends DomainError {
  readonly status = 404;
  constructor(key: string, by: 'id' | 'email' = 'id') {
    super(`No user with ${by} ${key}`);
  }
}

export class EmailAlreadyUsed extends DomainError {
  readonly status = 409;
  constructor(email: string) {
    super(`A user with the email ${email} already exists`);
  }
}

export class WeakPassword extends DomainError {
  readonly status = 400;
  constructor(reason: string) {
    super(reason);
  }
}

export class CannotChangeOwnAccess extends DomainError {
  readonly status = 409;
  constructor() {
    super('You cannot disable your own account or change your own role: ask another admin');
  }
}

export class LastEnabledAdmin extends DomainError {
  readonly status = 409;
  constructor() {
    super('This is the last enabled admin: enable or promote another admin first');
  }
}

/** The actor was disabled or demoted by a change that committed while their own request waited. */
export class ActorNoLongerAdmin extends DomainError {
  readonly status = 409;
  constructor() {
    super('Your account is no longer an enabled admin: the change was not made');
  }
}

export class WrongCurrentPassword extends DomainError {
  readonly status = 400;
  constructor() {
    super('The current password is incorrect');
  }
}

export class PasswordUnchanged extends DomainError {
  readonly status = 400;
  constructor() {
    super('The new password must differ from the current one');
  }
}

export class NoPasswordToChange extends DomainError {
  readonly status = 409;
  constructor() {
    super('This account signs in through your organisation and has no password here');
  }
}

export class TooManyPasswordChangeAttempts extends DomainError {
  readonly status = 429;
  constructor(override readonly retryAfterSeconds: number) {
    super('Too many wrong current passwords. Try again later.');
  }
}

export class PasswordChangeInProgress extends DomainError {
  readonly status = 429;
  override readonly retryAfterSeconds = 1;
  constructor() {
    super('A password change for this account is already being checked. Try again in a moment.');
  }
}

export class CannotResetOwnPassword extends DomainError {
  readonly status = 409;
  constructor() {
    super('To change your own password, use Change password (it asks for the current one)');
  }
}

export class PasswordChangeRequired extends DomainError {
  readonly status = 403;
  constructor() {
    super('Change your password to continue: it was set by an administrator or at the first start');
  }
  override body() {
    return { code: PASSWORD_CHANGE_REQUIRED };
  }
}
