import { ApiRequestError } from '../../lib/api-client';

/** The `code` of the server's 403 while a password change comes first (PasswordChangeRequired). */
export const PASSWORD_CHANGE_REQUIRED = 'password_change_required';

export const CHANGE_PASSWORD_PATH = '/account/password';

export function isPasswordChangeRequired(error: unknown): boolean {
  if (!(error instanceof ApiRequestError) || error.status !== 403 || !error.body) return false;
  return 'code' in error.body && error.body.code === PASSWORD_CHANGE_REQUIRED;
}
