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

export class EscalationChanged extends DomainError {
  readonly status = 409;
  constructor(private readonly current: unknown) {
    super('This case was changed by someone else. Review its current state and try again.');
  }
  override body() {
    return { current: this.current };
  }
}

export class CaseAlreadyClosed extends DomainError {
  readonly status = 409;
  constructor() {
    super('This case is closed; it cannot be changed');
  }
}

export class InvalidCaseChange extends DomainError {
  readonly status = 400;
  constructor(message: string) {
    super(message);
  }
}

export class CaseNotClosed extends DomainError {
  readonly status = 409;
  constructor() {
    super('Only a closed case can be reopened');
  }
}
