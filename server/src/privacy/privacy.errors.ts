import { DomainError, notFoundById, withMessage, withStatus } from '../common/domain-error.js';

export class CaseNotFound extends notFoundById('case') {}

export class HoldUnchanged extends withMessage(409, (held: boolean) =>
  held ? 'This case is already under a legal hold' : 'This case is not under a legal hold',
) {}

export class MentionToEraseNotFound extends notFoundById('mention') {}

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

export class AuthorNotIdentified extends withStatus(400) {}

export class NothingStoredUnderHandle extends withMessage(
  404,
  (platform: string, handle: string) =>
    `Nothing is stored on ${platform} under the handle @${handle}: no post, case or quarantined item. ` +
    'If they changed handle, search by their author id.',
) {}
