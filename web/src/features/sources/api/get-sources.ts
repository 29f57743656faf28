import type { SourceView } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { sourcesKeys } from './query-keys';

export const getSources = () => apiFetch<SourceView[]>('/sources');

export const sourcesQueryOptions = () =>
  queryOptions({ queryKey: sourcesKeys.list(), queryFn: getSources, refetchInterval: 15_000 });

export const useSources = () => useQuery(sourcesQueryOptions());
