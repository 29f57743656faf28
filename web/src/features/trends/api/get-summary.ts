import type { TrendRange, TrendsSummary } from '@ou-listening/shared';
import { useQuery } from '@tanstack/react-query';
import { trendKeys } from './trend-keys';
import { trendQueryOptions } from './trend-query';

export const summaryQueryOptions = (range: TrendRange) =>
  trendQueryOptions<TrendsSummary>(trendKeys.summary(range), 'summary', range);

export const useSummary = (range: TrendRange) => useQuery(summaryQueryOptions(range));
