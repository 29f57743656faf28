import { DomainError } from '../common/domain-error.js';

export class EscalationNotFound extends DomainError {
  readonly status = 404;
  constructor(id: string) {
    super(`No escalation with id ${id}`);
  }
}

export class MentionToEscalateNotFound extends DomainError {
  readonly status = 404;
  constructor(id: string) {
    super(`No mention with id ${id}`);
  }
}
