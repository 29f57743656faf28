import { DomainError } from '../common/domain-error.js';

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
