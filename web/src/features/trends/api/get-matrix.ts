import type { CategoryPlatformMatrix, TrendRange } from '@ou-listening/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { trendKeys, trendParams } from './trend-keys';

export const getMatrix = (range: TrendRange) =>
  apiFetch<CategoryPlatformMatrix>(`/trends/matrix?${trendParams(range)}`);

export const matrixQueryOptions = (range: TrendRange) =>
  queryOptions({
    queryKey: trendKeys.matrix(range),
    queryFn: () => getMatrix(range),
    placeholderData: keepPreviousData,
  });

export const useMatrix = (range: TrendRange) => useQuery(matrixQueryOptions(range));
