import { DomainError } from '../common/domain-error.js';

export class AuthorNotFound extends DomainError {
  readonly status = 404;
  constructor(platform: string) {
    super(`No mentions from this author on ${platform}`);
  }
}

export class OfficialAccountNotFound extends DomainError {
  readonly status = 404;
  constructor() {
    super('That account is not on the list of official accounts');
  }
}
