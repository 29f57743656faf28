import type { ComponentType } from 'react';
import { type LazyRouteComponent, lazyRoute } from './lazy-route';

/** Loaders keyed by the name each module exports its page under, so each page is named once. */
type PageLoaders<Loaders> = { [Name in keyof Loaders]: () => Promise<Record<Name, ComponentType<never>>> };

type PropsOf<Load, Name extends PropertyKey> = Load extends () => Promise<
  Record<Name, ComponentType<infer Props extends object>>
>
  ? Props
  : never;

type LazyPages<Loaders> = { [Name in keyof Loaders & string]: LazyRouteComponent<PropsOf<Loaders[Name], Name>> };

/** lazyRoute for each page: its loader, and its key as the name its module exports it under. */
function lazyPages<Loaders extends PageLoaders<Loaders>>(loaders: Loaders): LazyPages<Loaders> {
  const loaded = Object.entries<() => Promise<Record<string, ComponentType<never>>>>(loaders);
  // The keys and props are those of `loaders`, which Object.fromEntries cannot carry through.
  return Object.fromEntries(loaded.map(([name, load]) => [name, lazyRoute(load, name)])) as LazyPages<Loaders>;
}

// Each page below is its own chunk (issue 20, Speed); sign-in, the shell, the overview and the
// not-found page stay in the entry chunk because every visit needs one of them first.
export const pages = lazyPages({
  AdminAuditRoute: () => import('./routes/admin-audit'),
  AdminHealthRoute: () => import('./routes/admin-health'),
  AdminClassifierRoute: () => import('./routes/admin-classifier'),
  AdminPrivacyRoute: () => import('./routes/admin-privacy'),
  AdminSourcesRoute: () => import('./routes/admin-sources'),
  AdminUsersRoute: () => import('./routes/admin-users'),
  AuthorRoute: () => import('./routes/author'),
  AuthorByHandleRoute: () => import('./routes/author'),
  ChangePasswordRoute: () => import('./routes/change-password'),
  EscalationCaseRoute: () => import('./routes/escalation-case'),
  EscalationsRoute: () => import('./routes/escalations'),
  LandingRoute: () => import('./routes/landing'),
  PrivacyNoticeRoute: () => import('./routes/privacy-notice'),
  QueueRoute: () => import('./routes/queue'),
  TrendsRoute: () => import('./routes/trends'),
  TrendsDrillDownRoute: () => import('./routes/trends-drill-down'),
});
