import type { Role } from '@ou-listening/shared';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { safeNext } from '../../features/auth/safe-next';
import { StandalonePage } from '../brand';

type Props = {
  /** Starts fetching the code of the page sign-in leads to (`role` once the server has said it). */
  preload?: (next: string, role?: Role, queryClient?: QueryClient) => void;
  /** Rendered into web/dist/sign-in.html at build time (web/prerender-sign-in.ts) */
  prerendered?: boolean;
};

export function SignInRoute({ preload, prerendered }: Props) {
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (me.data) return <Navigate to={next} replace />;
  return (
    <StandalonePage>
      <SignInForm
        prerendered={prerendered}
        onSignedIn={() => void navigate(next, { replace: true })}
        onSubmitted={() => preload?.(next)}
        onAccepted={(user) => preload?.(next, user.role, queryClient)}
      />
      <p className="muted">
        <Link to="/report">Report a post or message</Link> that breaks the Student Social Media Policy: no sign-in
        needed.
      </p>
      <p className="muted">
        <Link to="/privacy">Privacy notice</Link>: what this service reads, why, and how long it keeps it.
      </p>
    </StandalonePage>
  );
}
