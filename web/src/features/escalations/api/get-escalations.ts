import type { EscalationSummary } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { type EscalationFilters, escalationKeys } from './escalation-keys';

export function getEscalations(filters: EscalationFilters): Promise<EscalationSummary[]> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return apiFetch<EscalationSummary[]>(`/escalations?${params.toString()}`);
}

export const escalationsQueryOptions = (filters: EscalationFilters) =>
  queryOptions({
    queryKey: escalationKeys.list(filters),
    queryFn: () => getEscalations(filters),
    refetchInterval: 30_000,
  });

export const useEscalations = (filters: EscalationFilters) => useQuery(escalationsQueryOptions(filters));
