import { DomainError } from '../common/domain-error.js';

/**
 * A report the form cannot accept as sent: names the field and says what to change. Nothing of
 * the report is stored when this is thrown.
 */
export class ReportRefused extends DomainError {
  readonly status = 400;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
  override body(): Record<string, unknown> {
    return { field: this.field };
  }
}

/** A screenshot the server will not decode: not an image it takes, or too many pixels. */
export class ScreenshotRefused extends DomainError {
  readonly status = 422;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
  override body(): Record<string, unknown> {
    return { field: this.field };
  }
}

/** The proof of work is missing, wrong, expired or already used. */
export class ProofOfWorkRefused extends DomainError {
  readonly status = 400;
  constructor(message: string) {
    super(message);
  }
  override body(): Record<string, unknown> {
    return { field: 'altcha' };
  }
}

/** More reports from one address in an hour than REPORT_RATE_PER_HOUR allows. */
export class TooManyReports extends DomainError {
  readonly status = 429;
  override readonly retryAfterSeconds: number;
  constructor(limit: number, retryAfterSeconds: number) {
    super(
      `This connection has sent ${limit} reports in the last hour, the most the form takes. ` +
        `Try again later; if someone is in danger now, call 999 (112 from outside the UK).`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
  override body(): Record<string, unknown> {
    return { ...super.body(), field: null };
  }
}

export class ReportNotFound extends DomainError {
  readonly status = 404;
  constructor(what: string) {
    super(`No report ${what}`);
  }
}

export class ScreenshotNotFound extends DomainError {
  readonly status = 404;
  constructor(id: string) {
    super(`No screenshot with id ${id}`);
  }
}

/** Linking a report to a mention that does not exist, or to itself. */
export class InvalidReportLink extends DomainError {
  readonly status = 400;
  constructor(message: string) {
    super(message);
  }
  override body(): Record<string, unknown> {
    return { field: 'mentionId' };
  }
}
