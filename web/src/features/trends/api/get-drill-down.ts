import type { DrillDownCount } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { trendKeys } from './trend-keys';

/** `query` is the queue's own filter, as the drill-down link carries it. */
export const getDrillDown = (query: string) => apiFetch<DrillDownCount>(`/trends/drill-down?${query}`);

export const drillDownQueryOptions = (query: string) =>
  queryOptions({ queryKey: trendKeys.drillDown(query), queryFn: () => getDrillDown(query) });

export const useDrillDown = (query: string) => useQuery(drillDownQueryOptions(query));
