import { NavLink, Outlet } from 'react-router-dom';
import { HealthIndicator } from '../features/health/components/health-indicator';

export function AppShell() {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell__header">
        <span className="shell__brand">
          <span className="shell__logo" aria-hidden="true">
            OU
          </span>
          Social Listening
        </span>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Overview
          </NavLink>
        </nav>
        <HealthIndicator />
      </header>
      <main id="main" className="shell__main">
        <Outlet />
      </main>
    </div>
  );
}
