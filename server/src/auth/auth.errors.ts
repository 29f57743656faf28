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
  constructor(override readonly retryAfterSeconds: number) {
    super('Too many failed sign-in attempts. Try again later.');
  }
}

export class ServerBusy extends DomainError {
  readonly status = 503;
  constructor(override readonly retryAfterSeconds: number) {
    super('Too many sign-ins are being checked at once. Try again in a moment.');
  }
}

export class SignInAlreadyInProgress extends DomainError {
  readonly status = 429;
  override readonly retryAfterSeconds = 1;
  constructor() {
    super('Sign-ins for this account or from this address are already being checked. Try again in a moment.');
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
