import { alreadyInProgress, fixedMessage, retryLater, withMessage, withStatus } from '../common/domain-error.js';
import { PASSWORD_CHANGE_REQUIRED } from '@ou-listening/shared';

export class UserNotFound extends withMessage(
  404,
  (key: string, by: 'id' | 'email' = 'id') => `No user with ${by} ${key}`,
) {}

export class EmailAlreadyUsed extends withMessage(
  409,
  (email: string) => `A user with the email ${email} already exists`,
) {}

export class WeakPassword extends withStatus(400) {}

export class CannotChangeOwnAccess extends fixedMessage(
  409,
  'You cannot disable your own account or change your own role: ask another admin',
) {}

export class LastEnabledAdmin extends fixedMessage(
  409,
  'This is the last enabled admin: enable or promote another admin first',
) {}

/** The actor was disabled or demoted by a change that committed while their own request waited. */
export class ActorNoLongerAdmin extends fixedMessage(
  409,
  'Your account is no longer an enabled admin: the change was not made',
) {}

export class WrongCurrentPassword extends fixedMessage(400, 'The current password is incorrect') {}

export class PasswordUnchanged extends fixedMessage(400, 'The new password must differ from the current one') {}

export class NoPasswordToChange extends fixedMessage(
  409,
  'This account signs in through your organisation and has no password here',
) {}

export class TooManyPasswordChangeAttempts extends retryLater(
  429,
  'Too many wrong current passwords. Try again later.',
) {}

export class PasswordChangeInProgress extends alreadyInProgress(
  'A password change for this account is already being checked. Try again in a moment.',
) {}

export class CannotResetOwnPassword extends fixedMessage(
  409,
  'To change your own password, use Change password (it asks for the current one)',
) {}

export class PasswordChangeRequired extends fixedMessage(
  403,
  'Change your password to continue: it was set by an administrator or at the first start',
) {
  override body() {
    return { code: PASSWORD_CHANGE_REQUIRED };
  }
}
