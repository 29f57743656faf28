import { DomainError, fixedMessage } from '../common/domain-error.js';

/** A date range a trends query cannot answer: not a calendar day, backwards, or too long. */
export class TrendRangeInvalid extends DomainError {
  readonly status = 400;
}

export class SpikeAlertNotFound extends DomainError {
  readonly status = 404;
  constructor(id: string) {
    super(`Spike alert ${id} not found`);
  }
}

/** Managers see counts by day, platform and category (issue 18), never whether a given person or phrase posted. */
export class DrillByPersonRefused extends fixedMessage(
  403,
  'Managers see counts by day, platform and category, not by author or by words in posts',
) {}
