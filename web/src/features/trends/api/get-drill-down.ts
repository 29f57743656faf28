import type { DrillDownCount } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { DrillApiQuery } from '../drill-down';
import { trendKeys } from './trend-keys';

/** `query` is the queue's own filter, as the drill-down link carries it. */
export const getDrillDown = (query: string) => apiFetch<DrillDownCount>(`/trends/drill-down?${query}`);

/**
 * A link the API would refuse is not sent: its problem is the query's error, at once and without
 * retries, so the page says what is wrong where it would say why the count failed.
 */
export const drillDownQueryOptions = (drill: DrillApiQuery) =>
  'problem' in drill
    ? queryOptions({
        queryKey: trendKeys.drillDown(`problem:${drill.problem}`),
        queryFn: (): Promise<DrillDownCount> => Promise.reject(new Error(drill.problem)),
        retry: false,
      })
    : queryOptions({ queryKey: trendKeys.drillDown(drill.query), queryFn: () => getDrillDown(drill.query) });

export const useDrillDown = (drill: DrillApiQuery) => useQuery(drillDownQueryOptions(drill));
