import { lazyRoute } from './lazy-route';

// Each page below is its own chunk (issue 20, Speed); sign-in, the shell, the overview and the
// not-found page stay in the entry chunk because every visit needs one of them first.
export const AdminAuditRoute = lazyRoute(() => import('./routes/admin-audit'), 'AdminAuditRoute');
export const AdminHealthRoute = lazyRoute(() => import('./routes/admin-health'), 'AdminHealthRoute');
export const AdminClassifierRoute = lazyRoute(() => import('./routes/admin-classifier'), 'AdminClassifierRoute');
export const AdminPrivacyRoute = lazyRoute(() => import('./routes/admin-privacy'), 'AdminPrivacyRoute');
export const AdminSourcesRoute = lazyRoute(() => import('./routes/admin-sources'), 'AdminSourcesRoute');
export const AdminUsersRoute = lazyRoute(() => import('./routes/admin-users'), 'AdminUsersRoute');
export const AuthorRoute = lazyRoute(() => import('./routes/author'), 'AuthorRoute');
export const AuthorByHandleRoute = lazyRoute(() => import('./routes/author'), 'AuthorByHandleRoute');
export const ChangePasswordRoute = lazyRoute(() => import('./routes/change-password'), 'ChangePasswordRoute');
export const EscalationCaseRoute = lazyRoute(() => import('./routes/escalation-case'), 'EscalationCaseRoute');
export const EscalationsRoute = lazyRoute(() => import('./routes/escalations'), 'EscalationsRoute');
export const LandingRoute = lazyRoute(() => import('./routes/landing'), 'LandingRoute');
export const PrivacyNoticeRoute = lazyRoute(() => import('./routes/privacy-notice'), 'PrivacyNoticeRoute');
export const QueueRoute = lazyRoute<'QueueRoute', object>(() => import('./routes/queue'), 'QueueRoute');
export const TrendsRoute = lazyRoute(() => import('./routes/trends'), 'TrendsRoute');
export const TrendsDrillDownRoute = lazyRoute(() => import('./routes/trends-drill-down'), 'TrendsDrillDownRoute');
