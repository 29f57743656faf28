import { conflictShowingCurrent, fixedMessage, notFoundById, withStatus } from '../common/domain-error.js';

export class EscalationNotFound extends notFoundById('escalation') {}

export class MentionToEscalateNotFound extends notFoundById('mention') {}

export class EscalationChanged extends conflictShowingCurrent<unknown>(
  () => 'This case was changed by someone else. Review its current state and try again.',
) {}

export class CaseAlreadyClosed extends fixedMessage(409, 'This case is closed; it cannot be changed') {}

export class InvalidCaseChange extends withStatus(400) {}

export class CaseNotClosed extends fixedMessage(409, 'Only a closed case can be reopened') {}

export class CaseNotYours extends fixedMessage(
  403,
  'Only the discipline team, admins and whoever raised this case can open it',
) {}
