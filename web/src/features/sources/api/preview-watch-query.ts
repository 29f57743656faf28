import type { WatchQueryRequest, WatchQueryTranslation } from '@ou-listening/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { sourcesKeys } from './query-keys';

export type WatchQueryDraft = Omit<WatchQueryRequest, 'name' | 'enabled'>;

export const previewWatchQuery = (draft: WatchQueryDraft) =>
  apiFetch<WatchQueryTranslation[]>('/watch-queries/preview', { method: 'POST', body: JSON.stringify(draft) });

export const previewQueryOptions = (draft: WatchQueryDraft) =>
  queryOptions({
    queryKey: sourcesKeys.preview(draft),
    queryFn: () => previewWatchQuery(draft),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });

/** What each platform would be asked for the draft as typed (debounced by the caller). */
export const useWatchQueryPreview = (draft: WatchQueryDraft) => useQuery(previewQueryOptions(draft));
