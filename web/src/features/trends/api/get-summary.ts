import type { TrendRange, TrendsSummary } from '@ou-listening/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { trendKeys, trendParams } from './trend-keys';

export const getSummary = (range: TrendRange) => apiFetch<TrendsSummary>(`/trends/summary?${trendParams(range)}`);

export const summaryQueryOptions = (range: TrendRange) =>
  queryOptions({
    queryKey: trendKeys.summary(range),
    queryFn: () => getSummary(range),
    placeholderData: keepPreviousData,
  });

export const useSummary = (range: TrendRange) => useQuery(summaryQueryOptions(range));
