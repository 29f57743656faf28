import type { MentionListItem } from '@ou-listening/shared';
import { conflictShowingCurrent, DomainError, notFoundById, withMessage, withStatus } from '../common/domain-error.js';

export class MentionNotFound extends notFoundById('mention') {}

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

/** A bulk action on mentions some of which changed since they were ticked: nothing was changed. */
export class MentionsChanged extends DomainError {
  readonly status = 409;
  /** `undoing`: the request was the undo of a bulk action, so the mentions were never "ticked". */
  constructor(
    readonly changed: string[],
    undoing = false,
  ) {
    super(
      undoing
        ? `${changed.length === 1 ? 'One of these mentions was' : `${changed.length} of these mentions were`} changed since, by someone else or another action; nothing was undone.`
        : `${changed.length === 1 ? 'One of the ticked mentions was' : `${changed.length} of the ticked mentions were`} changed by someone else since you ticked ${changed.length === 1 ? 'it' : 'them'}; nothing was changed. Check them again before acting on them (they are no longer ticked).`,
    );
  }
  override body(): Record<string, unknown> {
    return { changed: this.changed };
  }
}

/** Optimistic concurrency: the caller's version is stale. The body carries how the mention stands now. */
export class MentionChanged extends conflictShowingCurrent<MentionListItem>(
  () => 'This mention was changed by someone else. Here is how it stands now: check it and try again.',
) {}

export class MentionNotHidden extends conflictShowingCurrent<MentionListItem>(
  () => 'This mention is not hidden, so it cannot be unhidden',
) {}

export class MentionAlreadyEscalated extends conflictShowingCurrent<MentionListItem>(
  (current) => `This mention already has an escalation that is ${current.escalation?.status ?? 'open'}`,
) {}

/** A queue filter or cursor that the DTO alone cannot judge (from after to, a cursor from another sort). */
export class InvalidMentionQuery extends withStatus(400) {}

export class InvalidAssignee extends withMessage(
  400,
  (userId: string, why: string) => `Cannot assign to user ${userId}: ${why}`,
) {}

/** An undo of a mark that is not the caller's latest (someone marked it since, or it was never theirs). */
export class NothingToUndo extends conflictShowingCurrent<MentionListItem>(
  () => 'There is no mark of yours to undo: the latest mark on this mention is someone else’s, or there is none',
) {}
