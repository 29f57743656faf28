import { DomainError } from '../common/domain-error.js';

export class InvalidCredentials extends DomainError {
  readonly status = 401;
  constructor() {
    // One message whatever was wrong, so the answer does not reveal which emails exist.
    super('Incorrect email or password');
  }
}

export class TooManySignInAttempts extends DomainError {
  readonly status = 429;
  constructor(readonly retryAfterSeconds: number) {
    super('Too many failed sign-in attempts. Try again later.');
  }
  override body() {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

export class NotSignedIn extends DomainError {
  readonly status = 401;
  constructor() {
    super('Sign in to continue');
  }
}

export class RoleNotAllowed extends DomainError {
  readonly status = 403;
  constructor() {
    super('Your role does not give access to this');
  }
}

export class RouteNotOpen extends DomainError {
  readonly status = 403;
  constructor() {
    super('This route is not open to any role');
  }
}
