import { DomainError, notFoundById, withMessage, withStatus } from '../common/domain-error.js';

/** A refusal that names the form field at fault, so the form can mark it. */
function refusingField(status: DomainError['status']) {
  return class extends DomainError {
    readonly status = status;
    constructor(
      readonly field: string,
      message: string,
    ) {
      super(message);
    }
    override body(): Record<string, unknown> {
      return { field: this.field };
    }
  };
}

/**
 * A report the form cannot accept as sent: names the field and says what to change. Nothing of
 * the report is stored when this is thrown.
 */
export class ReportRefused extends refusingField(400) {}

/** A screenshot the server will not decode: not an image it takes, or too many pixels. */
export class ScreenshotRefused extends refusingField(422) {}

/** The proof of work is missing, wrong, expired or already used. */
export class ProofOfWorkRefused extends withStatus(400) {
  override body(): Record<string, unknown> {
    return { field: 'altcha' };
  }
}

/** More reports from one address in an hour than REPORT_RATE_PER_HOUR allows. */
export class TooManyReports extends DomainError {
  readonly status = 429;
  override readonly retryAfterSeconds: number;
  constructor(limit: number, retryAfterSeconds: number) {
    // A shared connection (a campus, a library) counts everyone on it: say so, and say when.
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      `The form has taken ${limit} reports from this connection in the last hour, the most it takes ` +
        `(everyone on a shared network, such as campus or library Wi-Fi, counts together). ` +
        `Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}: what you typed is kept here. ` +
        `If someone is in danger now, call 999 (112 from outside the UK).`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
  override body(): Record<string, unknown> {
    return { ...super.body(), field: null };
  }
}

export class ReportNotFound extends withMessage(404, (what: string) => `No report ${what}`) {}

export class ScreenshotNotFound extends notFoundById('screenshot') {}

/** Linking a report to a mention that does not exist, or to itself. */
export class InvalidReportLink extends withStatus(400) {
  override body(): Record<string, unknown> {
    return { field: 'mentionId' };
  }
}
