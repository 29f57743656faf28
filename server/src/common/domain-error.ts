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
