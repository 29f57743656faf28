import type { Role } from '@ou-listening/shared';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { SignInForm } from '../../features/auth/components/sign-in-form';

/** Only same-site paths: an open redirect would let a link send people elsewhere after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

type Props = {
  /** Starts fetching the code of the page sign-in leads to (`role` once the server has said it). */
  preload?: (next: string, role?: Role, queryClient?: QueryClient) => void;
};

export function SignInRoute({ preload }: Props) {
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (me.data) return <Navigate to={next} replace />;
  return (
    <main className="sign-in-page">
      <div className="sign-in-page__brand">
        <span className="shell__logo" aria-hidden="true">
          OU
        </span>
        Social Listening
      </div>
      <SignInForm
        onSignedIn={() => void navigate(next, { replace: true })}
        onSubmitted={() => preload?.(next)}
        onAccepted={(user) => preload?.(next, user.role, queryClient)}
      />
      <p className="muted">
        <Link to="/privacy">Privacy notice</Link>: what this service reads, why, and how long it keeps it.
      </p>
    </main>
  );
}
