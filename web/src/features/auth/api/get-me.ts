import type { Me } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiRequestError, apiFetch } from '../../../lib/api-client';
import { SESSION_KEY } from '../../../lib/query-client';

/** GET /api/auth/me: the signed-in user, or null when there is no session. */
export async function getMe(): Promise<Me | null> {
  try {
    return await apiFetch<Me>('/auth/me');
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: SESSION_KEY, queryFn: getMe, staleTime: 60_000 });

export const useMe = () => useQuery(meQueryOptions());
