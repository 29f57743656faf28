import type { WatchQueryView } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { sourcesKeys } from './query-keys';

export const getWatchQueries = () => apiFetch<WatchQueryView[]>('/watch-queries');

export const watchQueriesQueryOptions = () =>
  queryOptions({ queryKey: sourcesKeys.watchQueries(), queryFn: getWatchQueries });

export const useWatchQueries = () => useQuery(watchQueriesQueryOptions());
