import type { Role } from '@ou-listening/shared';
import type { ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PasswordChangeGate } from '../features/auth/components/password-change-gate';
import { CHANGE_PASSWORD_PATH } from '../features/auth/password-change-required';
import { AppShell } from './app-shell';
import { lazyRoute } from './lazy-route';
import { RequireAuth, RequireRole } from './require-auth';
import { NotFoundRoute } from './routes/not-found';
import { OverviewRoute } from './routes/overview';
import { SignInRoute } from './routes/sign-in';

// Each page below is its own chunk (issue 20, Speed); sign-in, the shell, the overview and the
// not-found page stay in the entry chunk because every visit needs one of them first.
const AdminAuditRoute = lazyRoute(() => import('./routes/admin-audit'), 'AdminAuditRoute');
const AdminHealthRoute = lazyRoute(() => import('./routes/admin-health'), 'AdminHealthRoute');
const AdminClassifierRoute = lazyRoute(() => import('./routes/admin-classifier'), 'AdminClassifierRoute');
const AdminPrivacyRoute = lazyRoute(() => import('./routes/admin-privacy'), 'AdminPrivacyRoute');
const AdminSourcesRoute = lazyRoute(() => import('./routes/admin-sources'), 'AdminSourcesRoute');
const AdminUsersRoute = lazyRoute(() => import('./routes/admin-users'), 'AdminUsersRoute');
const AuthorRoute = lazyRoute(() => import('./routes/author'), 'AuthorRoute');
const AuthorByHandleRoute = lazyRoute(() => import('./routes/author'), 'AuthorByHandleRoute');
const ChangePasswordRoute = lazyRoute(() => import('./routes/change-password'), 'ChangePasswordRoute');
const EscalationCaseRoute = lazyRoute(() => import('./routes/escalation-case'), 'EscalationCaseRoute');
const EscalationsRoute = lazyRoute(() => import('./routes/escalations'), 'EscalationsRoute');
const LandingRoute = lazyRoute(() => import('./routes/landing'), 'LandingRoute');
const PrivacyNoticeRoute = lazyRoute(() => import('./routes/privacy-notice'), 'PrivacyNoticeRoute');
const QueueRoute = lazyRoute<'QueueRoute', object>(() => import('./routes/queue'), 'QueueRoute');
const TrendsRoute = lazyRoute(() => import('./routes/trends'), 'TrendsRoute');
const TrendsDrillDownRoute = lazyRoute(() => import('./routes/trends-drill-down'), 'TrendsDrillDownRoute');

/** A page inside the dashboard that only these roles may open. */
const only = (roles: Role[], path: string, page: ReactNode): RouteObject => ({
  path,
  element: <RequireRole roles={roles}>{page}</RequireRole>,
});
// Where each role lands on '/' (LandingRoute); comms' landing page shows the queue inside it.
const LANDING_PAGE: Readonly<Record<Role, { preload(): void }[]>> = {
  comms: [LandingRoute, QueueRoute],
  discipline: [LandingRoute, EscalationsRoute],
  manager: [LandingRoute, TrendsRoute],
  admin: [LandingRoute, AdminHealthRoute],
};
const PAGE_OF_PATH: [RegExp, { preload(): void }][] = [
  [/^\/queue(\/|\?|$)/, QueueRoute],
  [/^\/trends\/mentions(\/|\?|$)/, TrendsDrillDownRoute],
  [/^\/trends(\/|\?|$)/, TrendsRoute],
  [/^\/escalations(\?|$)/, EscalationsRoute],
];

/**
 * Sign-in fetches the next page's code while its own request is out (issue 20, first load): the
 * page named by `next` at once, and on '/' the role's landing page once the server has said who.
 * Once it has (`queryClient` given), a queue-bound sign-in also asks for the queue's first page,
 * so the rows are on their way while the shell renders.
 */
function preloadAfterSignIn(next: string, role?: Role, queryClient?: QueryClient) {
  const path = next.split('#')[0]!;
  const landing = path === '/' || path.startsWith('/?');
  if (landing) {
    if (role) LANDING_PAGE[role].forEach((page) => page.preload());
  } else {
    PAGE_OF_PATH.find(([pattern]) => pattern.test(path))?.[1].preload();
  }
  const toQueue = /^\/queue(\?|$)/.test(path) || (landing && role === 'comms');
  if (queryClient && toQueue && (role === 'comms' || role === 'admin')) {
    const search = path.includes('?') ? path.slice(path.indexOf('?')) : '';
    void import('./routes/queue').then((queue) => queue.prefetchQueuePage(queryClient, search)).catch(() => undefined);
  }
}

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInRoute preload={preloadAfterSignIn} /> },
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
      // Each role starts where its work is (issue 19 §5); the policy overview moved to /overview.
      { index: true, element: <LandingRoute /> },
      { path: 'overview', element: <OverviewRoute /> },
      only(['admin'], 'admin/health', <AdminHealthRoute />),
      only(['discipline', 'admin'], 'escalations', <EscalationsRoute />),
      only(['discipline', 'admin', 'comms'], 'escalations/:id', <EscalationCaseRoute />),
      // A mention has its own address, /queue/:id, the filters kept in the query (issue 19).
      only(['comms', 'admin'], 'queue/:id?', <QueueRoute />),
      only(['admin'], 'admin/sources', <AdminSourcesRoute />),
      only(['admin'], 'admin/users', <AdminUsersRoute />),
      only(['admin'], 'admin/classifier', <AdminClassifierRoute />),
      only(['admin'], 'admin/privacy', <AdminPrivacyRoute />),
      only(['admin'], 'admin/audit', <AdminAuditRoute />),
      only(['comms', 'admin'], 'authors/:platform/handle/:handle', <AuthorByHandleRoute />),
      only(['comms', 'admin', 'manager'], 'authors/:platform/:authorId', <AuthorRoute />),
      only(['manager', 'admin'], 'trends', <TrendsRoute />),
      only(['manager', 'admin'], 'trends/mentions', <TrendsDrillDownRoute />),
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
