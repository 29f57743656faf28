import type { TopDimension, TopList, TrendRange } from '@ou-listening/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { trendKeys, trendParams } from './trend-keys';

export const getTop = (range: TrendRange, by: TopDimension) =>
  apiFetch<TopList>(`/trends/top?${trendParams({ ...range, by, limit: 10 })}`);

export const topQueryOptions = (range: TrendRange, by: TopDimension) =>
  queryOptions({
    queryKey: trendKeys.top(range, by),
    queryFn: () => getTop(range, by),
    placeholderData: keepPreviousData,
  });

export const useTop = (range: TrendRange, by: TopDimension) => useQuery(topQueryOptions(range, by));
