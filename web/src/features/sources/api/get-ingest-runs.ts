import type { IngestRunView } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { sourcesKeys } from './query-keys';

export const getIngestRuns = (sourceId?: string) =>
  apiFetch<IngestRunView[]>(`/ingest-runs?limit=20${sourceId ? `&sourceId=${encodeURIComponent(sourceId)}` : ''}`);

export const ingestRunsQueryOptions = (sourceId?: string) =>
  queryOptions({
    queryKey: sourcesKeys.runs(sourceId),
    queryFn: () => getIngestRuns(sourceId),
    refetchInterval: 15_000,
  });

export const useIngestRuns = (sourceId?: string) => useQuery(ingestRunsQueryOptions(sourceId));
