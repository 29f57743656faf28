import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { trendParams } from './trend-keys';

/**
 * How every figure over a date range is read, `/trends/<path>?from=…&to=…&…`: the last figures stay
 * on screen while a new range or interval loads, so a chart does not blank between picks.
 */
export const trendQueryOptions = <T>(
  queryKey: readonly unknown[],
  path: string,
  params: Record<string, string | number | boolean>,
) =>
  queryOptions({
    queryKey,
    queryFn: () => apiFetch<T>(`/trends/${path}?${trendParams(params)}`),
    placeholderData: keepPreviousData,
  });
