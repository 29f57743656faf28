import { alreadyInProgress, fixedMessage, retryLater } from '../common/domain-error.js';

// One message whatever was wrong, so the answer does not reveal which emails exist.
export class InvalidCredentials extends fixedMessage(401, 'Incorrect email or password') {}

/** Too many failures for this email or from this address inside the window; Retry-After says when. */
export class TooManySignInAttempts extends retryLater(429, 'Too many failed sign-in attempts. Try again later.') {}

/**
 * Every password-hashing slot is taken and the wait list is full: a burst is shed here rather than
 * queued until the event loop stalls.
 */
export class ServerBusy extends retryLater(503, 'Too many sign-ins are being checked at once. Try again shortly.') {}

/** The same email or address already has its allowance of checks in flight. */
export class SignInAlreadyInProgress extends alreadyInProgress(
  'Sign-ins for this account or from this address are already being checked. Try again in a moment.',
) {}

export class NotSignedIn extends fixedMessage(401, 'Sign in to continue') {}

export class RoleNotAllowed extends fixedMessage(403, 'Your role does not give access to this') {}

export class RouteNotOpen extends fixedMessage(403, 'This route is not open to any role') {}
