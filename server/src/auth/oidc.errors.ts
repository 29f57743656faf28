import { DomainError, fixedMessage } from '../common/domain-error.js';

/** An SSO sign-in that must not succeed; `code` goes to the sign-in page, the detail only to the audit log. */
export class SsoSignInRefused extends DomainError {
  readonly status = 401;
  constructor(
    readonly code: 'sso_failed' | 'sso_unknown_user' | 'sso_expired',
    readonly detail: string,
  ) {
    super(
      code === 'sso_unknown_user'
        ? 'Your organisation account is not registered here. Ask an administrator to add you.'
        : code === 'sso_expired'
          ? 'That sign-in link has expired or was already used. Start again.'
          : 'Single sign-on failed. Start again, or use your password.',
    );
  }
}

export class SsoNotConfigured extends fixedMessage(404, 'Single sign-on is not configured on this server') {}
