import type { EscalationSeries, TrendInterval, TrendRange } from '@ou-listening/shared';
import { useQuery } from '@tanstack/react-query';
import { trendKeys } from './trend-keys';
import { trendQueryOptions } from './trend-query';

export const escalationSeriesQueryOptions = (range: TrendRange, interval: TrendInterval) =>
  trendQueryOptions<EscalationSeries>(trendKeys.escalations(range, interval), 'escalations', { ...range, interval });

export const useEscalationSeries = (range: TrendRange, interval: TrendInterval) =>
  useQuery(escalationSeriesQueryOptions(range, interval));
