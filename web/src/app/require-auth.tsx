import type { Role } from '@ou-listening/shared';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Page } from '../components/ui/page';
import { useMe } from '../features/auth/api/get-me';

type Props = { children: ReactNode };

/** Sends anyone without a session to the sign-in page, remembering where they were going. */
export function RequireAuth({ children }: Props) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <p className="loading">Loading…</p>;
  if (me.isError) return <p className="alert alert--error">The server could not be reached. Reload to try again.</p>;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  return children;
}

/** A page for some roles only; others are told so rather than shown an empty screen. */
export function RequireRole({ roles, children }: Props & { roles: readonly Role[] }) {
  const me = useMe();
  if (!me.data || !roles.includes(me.data.role))
    return (
      <Page title="Not available">
        <p>Your role does not give access to this page.</p>
      </Page>
    );
  return children;
}
