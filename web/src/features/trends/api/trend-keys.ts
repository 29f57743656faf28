import type { TopDimension, TrendGroupBy, TrendInterval, TrendRange } from '@ou-listening/shared';

export const trendKeys = {
  all: ['trends'] as const,
  volume: (range: TrendRange, interval: TrendInterval, groupBy: TrendGroupBy) =>
    [...trendKeys.all, 'volume', range, interval, groupBy] as const,
  escalations: (range: TrendRange, interval: TrendInterval) =>
    [...trendKeys.all, 'escalations', range, interval] as const,
  summary: (range: TrendRange) => [...trendKeys.all, 'summary', range] as const,
  top: (range: TrendRange, by: TopDimension) => [...trendKeys.all, 'top', range, by] as const,
  alerts: () => [...trendKeys.all, 'alerts'] as const,
  matrix: (range: TrendRange) => [...trendKeys.all, 'matrix', range] as const,
  response: (range: TrendRange, interval: TrendInterval) => [...trendKeys.all, 'response', range, interval] as const,
  drillDown: (query: string) => [...trendKeys.all, 'drill-down', query] as const,
};

/** The query string every trends endpoint takes. */
export function trendParams(values: Record<string, string | number | boolean>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) params.set(key, String(value));
  return params.toString();
}
