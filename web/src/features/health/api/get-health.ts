import type { HealthResponse } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiRequestError, apiFetch } from '../../../lib/api-client';

export const healthKeys = { all: ['health'] as const };

/** 503 carries a body too: the database is down, the server is up. */
export async function getHealth(): Promise<HealthResponse> {
  try {
    return await apiFetch<HealthResponse>('/health');
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 503) return { status: 'error', database: 'down' };
    throw error;
  }
}

export const healthQueryOptions = () =>
  queryOptions({ queryKey: healthKeys.all, queryFn: getHealth, refetchInterval: 30_000 });

export const useHealth = () => useQuery(healthQueryOptions());
