import type { AuthorProfile } from '@ou-listening/shared';

type Props = { impersonation: NonNullable<AuthorProfile['impersonation']> };

/** Policy 5.2: the account presents itself as the University or the Students Association and is not official. */
export function ImpersonationWarning({ impersonation }: Props) {
  return (
    <p className="alert alert--error" role="alert">
      Possible impersonation (policy 5.2): “{impersonation.matched}” presents this account as{' '}
      {impersonation.presentsAs === 'OU' ? 'the Open University' : 'the Students Association'}, and it is not on the
      list of official accounts.
    </p>
  );
}
