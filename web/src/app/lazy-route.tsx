import { type ComponentType, lazy, Suspense } from 'react';

/**
 * A route's page in its own chunk, fetched the first time the page is shown, so sign-in and the
 * queue do not download the charts (recharts) or the admin pages. `RequireRole` stays outside the
 * lazy component: someone without the role is told so without the page's code being fetched.
 */
export function lazyRoute<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): ComponentType<Props> {
  const LazyPage = lazy(async (): Promise<{ default: ComponentType<Props> }> => ({ default: (await load())[name] }));
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
  return LazyRoute;
}
