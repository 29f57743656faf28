import type { MentionListItem } from '@ou-listening/shared';
import { DomainError } from '../common/domain-error.js';

export class MentionNotFound extends DomainError {
  readonly status = 404;
  constructor(id: string) {
    super(`No mention with id ${id}`);
  }
}

/** A bulk action named ids that do not exist: nothing was changed. */
export class MentionsNotFound extends DomainError {
  readonly status = 404;
  constructor(readonly missing: string[]) {
    super(`No mention with id ${missing.join(', ')}; nothing was changed`);
  }
  override body(): Record<string, unknown> {
    return { missing: this.missing };
  }
}

/** Optimistic concurrency: the caller's version is stale. The body carries how the mention stands now. */
export class MentionChanged extends DomainError {
  readonly status = 409;
  constructor(readonly current: MentionListItem) {
    super('This mention was changed by someone else. Here is how it stands now: check it and try again.');
  }
  override body(): Record<string, unknown> {
    return { current: this.current };
  }
}

export class MentionNotHidden extends DomainError {
  readonly status = 409;
  constructor(readonly current: MentionListItem) {
    super('This mention is not hidden, so it cannot be unhidden');
  }
  override body(): Record<string, unknown> {
    return { current: this.current };
  }
}

export class MentionAlreadyEscalated extends DomainError {
  readonly status = 409;
  constructor(readonly current: MentionListItem) {
    super(`This mention already has an escalation that is ${current.escalation?.status ?? 'open'}`);
  }
  override body(): Record<string, unknown> {
    return { current: this.current };
  }
}

/** A queue filter or cursor that the DTO alone cannot judge (from after to, a cursor from another sort). */
export class InvalidMentionQuery extends DomainError {
  readonly status = 400;
  constructor(message: string) {
    super(message);
  }
}

export class InvalidAssignee extends DomainError {
  readonly status = 400;
  constructor(userId: string, why: string) {
    super(`Cannot assign to user ${userId}: ${why}`);
  }
}

/** An undo of a mark that is not the caller's latest (someone marked it since, or it was never theirs). */
export class NothingToUndo extends DomainError {
  readonly status = 409;
  constructor(readonly current: MentionListItem) {
    super('There is no mark of yours to undo: the latest mark on this mention is someone else’s, or there is none');
  }
  override body(): Record<string, unknown> {
    return { current: this.current };
  }
}
