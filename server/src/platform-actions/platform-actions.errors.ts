import { DomainError } from '../common/domain-error.js';

/** The platform, the account or the comment does not allow this; the reason says which. */
export class PlatformActionNotOffered extends DomainError {
  readonly status = 422;
  constructor(action: string, reason: string) {
    super(`Cannot ${action} on the platform: ${reason}`);
  }
}
