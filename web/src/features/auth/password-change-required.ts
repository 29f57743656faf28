import { PASSWORD_CHANGE_REQUIRED } from '@ou-listening/shared';
import { ApiRequestError } from '../../lib/api-client';

export const CHANGE_PASSWORD_PATH = '/account/password';

export function isPasswordChangeRequired(error: unknown): boolean {
  if (!(error instanceof ApiRequestError) || error.status !== 403 || !error.body) return false;
  return 'code' in error.body && error.body.code === PASSWORD_CHANGE_REQUIRED;
}
