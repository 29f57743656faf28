import type { Role } from '@ou-listening/shared';
import type { ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PasswordChangeGate } from '../features/auth/components/password-change-gate';
import { CHANGE_PASSWORD_PATH } from '../features/auth/password-change-required';
import { AppShell } from './app-shell';
import { pages } from './lazy-pages';
import { preloadAfterSignIn } from './preload-after-sign-in';
import { RequireAuth, RequireRole } from './require-auth';
import { NotFoundRoute } from './routes/not-found';
import { OverviewRoute } from './routes/overview';
import { SignInRoute } from './routes/sign-in';

/** For someone signed in whose password needs no change first. */
const signedIn = (page: ReactNode) => (
  <RequireAuth>
    <PasswordChangeGate>{page}</PasswordChangeGate>
  </RequireAuth>
);

/** A page inside the dashboard that only these roles may open. */
const only = (roles: Role[], path: string, page: ReactNode): RouteObject => ({
  path,
  element: <RequireRole roles={roles}>{page}</RequireRole>,
});

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInRoute preload={preloadAfterSignIn} /> },
  // The public report form of policy 7.5 (issue 17): no sign-in, outside the dashboard's layout.
  // Its own chunk: the dashboard does not carry the proof-of-work widget.
  { path: '/report', lazy: async () => ({ Component: (await import('./routes/report')).ReportRoute }) },
  { path: '/privacy', element: <pages.PrivacyNoticeRoute /> },
  {
    path: CHANGE_PASSWORD_PATH,
    element: (
      <RequireAuth>
        <pages.ChangePasswordRoute />
      </RequireAuth>
    ),
  },
  {
    // The printable case stands outside the dashboard's layout, so it prints as a clean document.
    path: '/escalations/:id/print',
    element: signedIn(
      <RequireRole roles={['discipline', 'admin']}>
        <pages.EscalationCaseRoute printable />
      </RequireRole>,
    ),
  },
  {
    path: '/',
    element: signedIn(<AppShell />),
    children: [
      // Each role starts where its work is (issue 19 §5); the policy overview moved to /overview.
      { index: true, element: <pages.LandingRoute /> },
      { path: 'overview', element: <OverviewRoute /> },
      only(['admin'], 'admin/health', <pages.AdminHealthRoute />),
      only(['discipline', 'admin'], 'escalations', <pages.EscalationsRoute />),
      only(['discipline', 'admin', 'comms'], 'escalations/:id', <pages.EscalationCaseRoute />),
      // A mention has its own address, /queue/:id, the filters kept in the query (issue 19).
      only(['comms', 'admin'], 'queue/:id?', <pages.QueueRoute />),
      only(['admin'], 'admin/sources', <pages.AdminSourcesRoute />),
      only(['admin'], 'admin/users', <pages.AdminUsersRoute />),
      only(['admin'], 'admin/classifier', <pages.AdminClassifierRoute />),
      only(['admin'], 'admin/privacy', <pages.AdminPrivacyRoute />),
      only(['admin'], 'admin/audit', <pages.AdminAuditRoute />),
      only(['comms', 'admin'], 'authors/:platform/handle/:handle', <pages.AuthorByHandleRoute />),
      only(['comms', 'admin', 'manager'], 'authors/:platform/:authorId', <pages.AuthorRoute />),
      only(['manager', 'admin'], 'trends', <pages.TrendsRoute />),
      only(['manager', 'admin'], 'trends/mentions', <pages.TrendsDrillDownRoute />),
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
