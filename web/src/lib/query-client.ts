import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './api-client';

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
