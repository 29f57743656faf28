/**
 * A rule of the domain was not met. The DomainErrorFilter turns these into HTTP answers, so
 * services throw what happened (UserNotFound) and never pick status codes.
 */
export abstract class DomainError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 415 | 422 | 429 | 503;
  /** Sent as Retry-After on 429 and 503 answers. */
  readonly retryAfterSeconds?: number;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
  /** Extra JSON fields for the response body (e.g. the current state on a conflict); says when to retry, if known. */
  body(): Record<string, unknown> {
    return this.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: this.retryAfterSeconds };
  }
}

type Status = DomainError['status'];

/*
 * Most domain errors differ only in their status and message. These build their base classes, so a
 * feature's errors read as a list: `export class CaseNotClosed extends fixedMessage(409, '…') {}`.
 * Each is still its own class (instanceof, and its name in logs).
 */

/** An error whose message is written where it is thrown. */
export function withStatus(status: Status) {
  return class extends DomainError {
    readonly status = status;
  };
}

/** A message built from the constructor's arguments: `withMessage(404, (id: string) => \`No case ${id}\`)`. */
export function withMessage<Args extends unknown[]>(status: Status, message: (...args: Args) => string) {
  return class extends DomainError {
    readonly status = status;
    constructor(...args: Args) {
      super(message(...args));
    }
  };
}

/** The same message every time. */
export function fixedMessage(status: Status, message: string) {
  return withMessage(status, () => message);
}

/** 404 "No <what> with id <id>". */
export function notFoundById(what: string) {
  return withMessage(404, (id: string) => `No ${what} with id ${id}`);
}

/** A fixed message, and Retry-After from the caller (429 or 503). */
export function retryLater(status: 429 | 503, message: string) {
  return class extends DomainError {
    readonly status = status;
    constructor(override readonly retryAfterSeconds: number) {
      super(message);
    }
  };
}

/** 429 while the same request is already being worked on: the answer says to retry in a second. */
export function alreadyInProgress(message: string) {
  return class extends fixedMessage(429, message) {
    override readonly retryAfterSeconds = 1;
  };
}

/** 409 on a stale or impossible change; the body carries how the thing stands now. */
export function conflictShowingCurrent<Current>(message: (current: Current) => string) {
  return class extends DomainError {
    readonly status = 409;
    constructor(readonly current: Current) {
      super(message(current));
    }
    override body(): Record<string, unknown> {
      return { current: this.current };
    }
  };
}
