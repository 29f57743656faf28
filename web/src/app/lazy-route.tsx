import { type ComponentType, lazy, Suspense } from 'react';

/** A lazily loaded page, with a way to start fetching its chunk before it is shown. */
export type LazyRouteComponent<Props extends object> = ComponentType<Props> & {
  /** Starts fetching (once) the chunk the page needs; showing the page later waits for the same fetch. */
  preload(): void;
};

/**
 * A route's page in its own chunk, fetched the first time the page is shown, so sign-in and the
 * queue do not download the charts (recharts) or the admin pages. `RequireRole` stays outside the
 * lazy component: someone without the role is told so without the page's code being fetched.
 * `preload()` lets sign-in fetch the next page's chunk while the sign-in request is still out.
 */
export function lazyRoute<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyRouteComponent<Props> {
  let loading: Promise<Record<Name, ComponentType<Props>>> | undefined;
  const loadOnce = () => (loading ??= load());
  const LazyPage = lazy(async (): Promise<{ default: ComponentType<Props> }> => ({
    default: (await loadOnce())[name],
  }));
  function LazyRoute(props: Props) {
    return (
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading…
          </p>
        }
      >
        <LazyPage {...props} />
      </Suspense>
    );
  }
  LazyRoute.displayName = `Lazy(${name})`;
  LazyRoute.preload = () => {
    // A failed preload is not an error yet: showing the page fetches again and reports it there.
    loadOnce().catch(() => (loading = undefined));
  };
  return LazyRoute;
}
