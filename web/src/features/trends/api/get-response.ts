import type { ResponseTrends, TrendInterval, TrendRange } from '@ou-listening/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { trendKeys, trendParams } from './trend-keys';

export const getResponse = (range: TrendRange, interval: TrendInterval) =>
  apiFetch<ResponseTrends>(`/trends/response?${trendParams({ ...range, interval })}`);

export const responseQueryOptions = (range: TrendRange, interval: TrendInterval) =>
  queryOptions({
    queryKey: trendKeys.response(range, interval),
    queryFn: () => getResponse(range, interval),
    placeholderData: keepPreviousData,
  });

export const useResponse = (range: TrendRange, interval: TrendInterval) =>
  useQuery(responseQueryOptions(range, interval));
