import type { CategoryPlatformMatrix, TrendRange } from '@ou-listening/shared';
import { useQuery } from '@tanstack/react-query';
import { trendKeys } from './trend-keys';
import { trendQueryOptions } from './trend-query';

export const matrixQueryOptions = (range: TrendRange) =>
  trendQueryOptions<CategoryPlatformMatrix>(trendKeys.matrix(range), 'matrix', range);

export const useMatrix = (range: TrendRange) => useQuery(matrixQueryOptions(range));
