import type { EscalationDetail } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { escalationKeys } from './escalation-keys';

export const getEscalation = (id: string) => apiFetch<EscalationDetail>(`/escalations/${encodeURIComponent(id)}`);

export const escalationQueryOptions = (id: string) =>
  queryOptions({ queryKey: escalationKeys.detail(id), queryFn: () => getEscalation(id) });

export const useEscalation = (id: string) => useQuery(escalationQueryOptions(id));
