import type { Role } from '@ou-listening/shared';
import type { QueryClient } from '@tanstack/react-query';
import { pages } from './lazy-pages';

// Where each role lands on '/' (LandingRoute); comms' landing page shows the queue inside it.
const LANDING_PAGE: Readonly<Record<Role, { preload(): void }[]>> = {
  comms: [pages.LandingRoute, pages.QueueRoute],
  discipline: [pages.LandingRoute, pages.EscalationsRoute],
  manager: [pages.LandingRoute, pages.TrendsRoute],
  admin: [pages.LandingRoute, pages.AdminHealthRoute],
};
const PAGE_OF_PATH: [RegExp, { preload(): void }][] = [
  [/^\/queue(\/|\?|$)/, pages.QueueRoute],
  [/^\/trends\/mentions(\/|\?|$)/, pages.TrendsDrillDownRoute],
  [/^\/trends(\/|\?|$)/, pages.TrendsRoute],
  [/^\/escalations(\?|$)/, pages.EscalationsRoute],
];

/**
 * Sign-in fetches the next page's code while its own request is out (issue 20, first load): the
 * page named by `next` at once, and on '/' the role's landing page once the server has said who.
 * Once it has (`queryClient` given), a queue-bound sign-in also asks for the queue's first page,
 * so the rows are on their way while the shell renders.
 */
export function preloadAfterSignIn(next: string, role?: Role, queryClient?: QueryClient) {
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
