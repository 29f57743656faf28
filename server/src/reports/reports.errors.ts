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

export class ReportNotFound extends withMessage(404, (what: string) => `No report ${what}`) {}

export class ScreenshotNotFound extends notFoundById('screenshot') {}

/** Linking a report to a mention that does not exist, or to itself. */
export class InvalidReportLink extends withStatus(400) {
  override body(): Record<string, unknown> {
    return { field: 'mentionId' };
  }
}
