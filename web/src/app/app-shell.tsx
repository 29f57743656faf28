import { ROLE_LABELS, ROLE_SHORT_LABELS } from '@ou-listening/shared';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useMe } from '../features/auth/api/get-me';
import { useSignOut } from '../features/auth/api/sign-out';
import { CHANGE_PASSWORD_PATH } from '../features/auth/password-change-required';
import { HealthIndicator } from '../features/health/components/health-indicator';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { Brand } from './brand';
import { navItemsFor } from './navigation';
import { Button } from '../components/ui/button';

/** The signed-in layout: navigation shows only what the role may use. */
export function AppShell() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const user = me.data;

  const handleSignOut = () =>
    signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) });

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell__header">
        <Brand className="shell__brand" />
        <nav aria-label="Main">
          {user &&
            navItemsFor(user.role).map((item) => (
              <NavLink key={item.to} to={item.to} end={item.to === '/'}>
                {item.label}
              </NavLink>
            ))}
        </nav>
        <HealthIndicator />
        {user && <NotificationBell />}
        {user && (
          <span className="shell__user">
            <span>
              {user.displayName}{' '}
              <span className="shell__role" title={ROLE_LABELS[user.role]}>
                {ROLE_SHORT_LABELS[user.role]}
              </span>
              <nav aria-label="Account">
                <Link to={CHANGE_PASSWORD_PATH}>Change password</Link>
              </nav>
            </span>
            <Button variant="on-dark" onClick={handleSignOut}>
              Sign out
            </Button>
          </span>
        )}
      </header>
      <main id="main" className="shell__main">
        <Outlet />
      </main>
    </div>
  );
}
