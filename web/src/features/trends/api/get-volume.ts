import type { TrendGroupBy, TrendInterval, TrendRange, VolumeSeries } from '@ou-listening/shared';
import { useQuery } from '@tanstack/react-query';
import { trendKeys } from './trend-keys';
import { trendQueryOptions } from './trend-query';

export const volumeQueryOptions = (range: TrendRange, interval: TrendInterval, groupBy: TrendGroupBy) =>
  trendQueryOptions<VolumeSeries>(trendKeys.volume(range, interval, groupBy), 'volume', {
    ...range,
    interval,
    groupBy,
    average: interval === 'day',
  });

export const useVolume = (range: TrendRange, interval: TrendInterval, groupBy: TrendGroupBy) =>
  useQuery(volumeQueryOptions(range, interval, groupBy));
