import type { EscalationCounts } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { escalationKeys } from './escalation-keys';

export const getEscalationCounts = () => apiFetch<EscalationCounts>('/escalations/counts');

export const escalationCountsQueryOptions = () =>
  queryOptions({ queryKey: escalationKeys.counts(), queryFn: getEscalationCounts, refetchInterval: 30_000 });

export const useEscalationCounts = () => useQuery(escalationCountsQueryOptions());
