import type { SystemHealth } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { healthKeys } from './get-health';

export const getSystemHealth = () => apiFetch<SystemHealth>('/health/system');

export const systemHealthQueryOptions = () =>
  queryOptions({ queryKey: [...healthKeys.all, 'system'], queryFn: getSystemHealth, refetchInterval: 60_000 });

export const useSystemHealth = () => useQuery(systemHealthQueryOptions());
