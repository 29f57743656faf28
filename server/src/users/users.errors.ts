import { DomainError } from '../common/domain-error.js';

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
