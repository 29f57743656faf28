import type { TopDimension, TopList, TrendRange } from '@ou-listening/shared';
import { useQuery } from '@tanstack/react-query';
import { trendKeys } from './trend-keys';
import { trendQueryOptions } from './trend-query';

export const topQueryOptions = (range: TrendRange, by: TopDimension) =>
  trendQueryOptions<TopList>(trendKeys.top(range, by), 'top', { ...range, by, limit: 10 });

export const useTop = (range: TrendRange, by: TopDimension) => useQuery(topQueryOptions(range, by));
