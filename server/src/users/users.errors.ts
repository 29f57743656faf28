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
