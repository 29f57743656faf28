import { DomainError } from '../common/domain-error.js';

export class CaseNotFound extends DomainError {
  readonly status = 404;
  constructor(id: string) {
    super(`No case with id ${id}`);
  }
}

export class HoldUnchanged extends DomainError {
  readonly status = 409;
  constructor(held: boolean) {
    super(held ? 'This case is already under a legal hold' : 'This case is not under a legal hold');
  }
}

export class MentionToEraseNotFound extends DomainError {
  readonly status = 404;
  constructor(id: string) {
    super(`No mention with id ${id}`);
  }
}

export class MentionUnderHold extends DomainError {
  readonly status = 409;
  constructor(private readonly escalationIds: string[]) {
    super(
      `This post is evidence in a case under a legal hold (case ${escalationIds.join(', ')}); release the hold first`,
    );
  }
  override body() {
    return { heldEscalationIds: this.escalationIds };
  }
}

export class AuthorNotIdentified extends DomainError {
  readonly status = 400;
  constructor(message: string) {
    super(message);
  }
}

export class NothingStoredUnderHandle extends DomainError {
  readonly status = 404;
  constructor(platform: string, handle: string) {
    super(
      `Nothing is stored on ${platform} under the handle @${handle}: no post, case or quarantined item. ` +
        'If they changed handle, search by their author id.',
    );
  }
}
