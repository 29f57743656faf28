import type { EscalationSeries, TrendInterval, TrendRange } from '@ou-listening/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { trendKeys, trendParams } from './trend-keys';

export const getEscalationSeries = (range: TrendRange, interval: TrendInterval) =>
  apiFetch<EscalationSeries>(`/trends/escalations?${trendParams({ ...range, interval })}`);

export const escalationSeriesQueryOptions = (range: TrendRange, interval: TrendInterval) =>
  queryOptions({
    queryKey: trendKeys.escalations(range, interval),
    queryFn: () => getEscalationSeries(range, interval),
    placeholderData: keepPreviousData,
  });

export const useEscalationSeries = (range: TrendRange, interval: TrendInterval) =>
  useQuery(escalationSeriesQueryOptions(range, interval));
