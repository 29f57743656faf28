import type { ResponseTrends, TrendInterval, TrendRange } from '@ou-listening/shared';
import { useQuery } from '@tanstack/react-query';
import { trendKeys } from './trend-keys';
import { trendQueryOptions } from './trend-query';

export const responseQueryOptions = (range: TrendRange, interval: TrendInterval) =>
  trendQueryOptions<ResponseTrends>(trendKeys.response(range, interval), 'response', { ...range, interval });

export const useResponse = (range: TrendRange, interval: TrendInterval) =>
  useQuery(responseQueryOptions(range, interval));
