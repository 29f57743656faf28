import type { QueueSummary } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { filtersToApiQuery, type QueueFilters } from '../filters';
import { mentionKeys } from './mention-keys';
import { QUEUE_REFRESH_MS } from './get-mentions';

export const getQueueSummary = (filters: QueueFilters) =>
  apiFetch<QueueSummary>(`/mentions/summary?${filtersToApiQuery(filters, 'summary').toString()}`);

export const queueSummaryQueryOptions = (filters: QueueFilters) =>
  queryOptions({
    queryKey: mentionKeys.summary(filters),
    queryFn: () => getQueueSummary(filters),
    refetchInterval: QUEUE_REFRESH_MS,
  });

export const useQueueSummary = (filters: QueueFilters) => useQuery(queueSummaryQueryOptions(filters));
