import { createBrowserRouter, type RouteObject } from 'react-router';
import { PasswordChangeGate } from '../features/auth/components/password-change-gate';
import { CHANGE_PASSWORD_PATH } from '../features/auth/password-change-required';
import { AppShell } from './app-shell';
import { RequireAuth, RequireRole } from './require-auth';
import { AdminAuditRoute } from './routes/admin-audit';
import { AdminClassifierRoute } from './routes/admin-classifier';
import { AdminPrivacyRoute } from './routes/admin-privacy';
import { AdminSourcesRoute } from './routes/admin-sources';
import { AdminUsersRoute } from './routes/admin-users';
import { ChangePasswordRoute } from './routes/change-password';
import { EscalationCaseRoute } from './routes/escalation-case';
import { EscalationsRoute } from './routes/escalations';
import { NotFoundRoute } from './routes/not-found';
import { OverviewRoute } from './routes/overview';
import { PrivacyNoticeRoute } from './routes/privacy-notice';
import { QueueRoute } from './routes/queue';
import { SignInRoute } from './routes/sign-in';
import { TrendsRoute } from './routes/trends';
import { TrendsDrillDownRoute } from './routes/trends-drill-down';

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInRoute /> },
  // The public report form of policy 7.5 (issue 17): no sign-in, outside the dashboard's layout.
  // Its own chunk: the dashboard does not carry the proof-of-work widget.
  { path: '/report', lazy: async () => ({ Component: (await import('./routes/report')).ReportRoute }) },
  { path: '/privacy', element: <PrivacyNoticeRoute /> },
  {
    path: CHANGE_PASSWORD_PATH,
    element: (
      <RequireAuth>
        <ChangePasswordRoute />
      </RequireAuth>
    ),
  },
  {
    // The printable case stands outside the dashboard's layout, so it prints as a clean document.
    path: '/escalations/:id/print',
    element: (
      <RequireAuth>
        <PasswordChangeGate>
          <RequireRole roles={['discipline', 'admin']}>
            <EscalationCaseRoute printable />
          </RequireRole>
        </PasswordChangeGate>
      </RequireAuth>
    ),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <PasswordChangeGate>
          <AppShell />
        </PasswordChangeGate>
      </RequireAuth>
    ),
    children: [
      { index: true, element: <OverviewRoute /> },
      {
        path: 'escalations',
        element: (
          <RequireRole roles={['discipline', 'admin']}>
            <EscalationsRoute />
          </RequireRole>
        ),
      },
      {
        path: 'escalations/:id',
        element: (
          <RequireRole roles={['discipline', 'admin', 'comms']}>
            <EscalationCaseRoute />
          </RequireRole>
        ),
      },
      {
        path: 'queue',
        element: (
          <RequireRole roles={['comms', 'admin']}>
            <QueueRoute />
          </RequireRole>
        ),
      },
      {
        path: 'admin/sources',
        element: (
          <RequireRole roles={['admin']}>
            <AdminSourcesRoute />
          </RequireRole>
        ),
      },
      {
        path: 'admin/users',
        element: (
          <RequireRole roles={['admin']}>
            <AdminUsersRoute />
          </RequireRole>
        ),
      },
      {
        path: 'admin/classifier',
        element: (
          <RequireRole roles={['admin']}>
            <AdminClassifierRoute />
          </RequireRole>
        ),
      },
      {
        path: 'admin/privacy',
        element: (
          <RequireRole roles={['admin']}>
            <AdminPrivacyRoute />
          </RequireRole>
        ),
      },
      {
        path: 'admin/audit',
        element: (
          <RequireRole roles={['admin']}>
            <AdminAuditRoute />
          </RequireRole>
        ),
      },
      {
        path: 'trends',
        element: (
          <RequireRole roles={['manager', 'admin']}>
            <TrendsRoute />
          </RequireRole>
        ),
      },
      {
        path: 'trends/mentions',
        element: (
          <RequireRole roles={['manager', 'admin']}>
            <TrendsDrillDownRoute />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
