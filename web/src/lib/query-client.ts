import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './api-client';

/**
 * Root of every query over the mentions table, whichever feature asks (the queue, the start page's
 * glance): a change to any mention invalidates this key, so no count elsewhere stays stale.
 */
export const MENTIONS_KEY = ['mentions'] as const;

/** Query key of the signed-in user; a 401 anywhere means the session has ended. */
export const SESSION_KEY = ['auth', 'me'] as const;

export function createQueryClient(): QueryClient {
  const handleError = (error: Error) => {
    if (error instanceof ApiRequestError && error.status === 401) queryClient.setQueryData(SESSION_KEY, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: true,
        retry: (failures, error) => !(error instanceof ApiRequestError && error.status < 500) && failures < 2,
      },
    },
  });
  return queryClient;
}
