import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { useSignOut } from '../../features/auth/api/sign-out';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form';
import { safeNext } from '../../features/auth/safe-next';
import { StandalonePage } from '../brand';
import { Button } from '../../components/ui/button';

/**
 * Stands outside the dashboard's layout: while a change is required, nothing else there would load.
 * Reached from the header's "Change password", or sent here by the password-change gate.
 */
export function ChangePasswordRoute() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [changed, setChanged] = useState(false);
  const forced = me.data?.mustChangePassword ?? false;
  const next = safeNext(params.get('next'));

  const handleChanged = () => {
    if (forced) void navigate(next, { replace: true });
    else setChanged(true);
  };
  const handleSignOut = () =>
    signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) });

  return (
    <StandalonePage>
      {changed ? (
        <section className="sign-in" aria-labelledby="password-changed-title">
          <h1 id="password-changed-title">Password changed</h1>
          <p className="alert alert--info" role="status">
            Your password has been changed. Any other sessions of yours have been signed out.
          </p>
          <Link className="button button--primary" to={next}>
            Back to the dashboard
          </Link>
        </section>
      ) : (
        <ChangePasswordForm forced={forced} onChanged={handleChanged} />
      )}
      {forced ? (
        <Button onClick={handleSignOut}>Sign out</Button>
      ) : (
        !changed && <Link to={next}>Back to the dashboard</Link>
      )}
    </StandalonePage>
  );
}
