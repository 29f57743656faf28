import type { PlatformStatus } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { sourcesKeys } from './query-keys';

export const getPlatforms = () => apiFetch<PlatformStatus[]>('/sources/overview');

export const platformsQueryOptions = () =>
  queryOptions({ queryKey: sourcesKeys.platforms(), queryFn: getPlatforms, refetchInterval: 15_000 });

export const usePlatforms = () => useQuery(platformsQueryOptions());
