import type { TrendGroupBy, TrendInterval, TrendRange, VolumeSeries } from '@ou-listening/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { trendKeys, trendParams } from './trend-keys';

export const getVolume = (range: TrendRange, interval: TrendInterval, groupBy: TrendGroupBy) =>
  apiFetch<VolumeSeries>(`/trends/volume?${trendParams({ ...range, interval, groupBy, average: interval === 'day' })}`);

export const volumeQueryOptions = (range: TrendRange, interval: TrendInterval, groupBy: TrendGroupBy) =>
  queryOptions({
    queryKey: trendKeys.volume(range, interval, groupBy),
    queryFn: () => getVolume(range, interval, groupBy),
    placeholderData: keepPreviousData,
  });

export const useVolume = (range: TrendRange, interval: TrendInterval, groupBy: TrendGroupBy) =>
  useQuery(volumeQueryOptions(range, interval, groupBy));
