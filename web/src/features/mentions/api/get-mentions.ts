import type { MentionPage } from '@ou-listening/shared';
import { infiniteQueryOptions, type QueryClient, useInfiniteQuery } from '@tanstack/react-query';
import { cursorPaging, getCursorPage } from '../../../lib/cursor-paging';
import { filtersFromSearchParams, filtersToApiQuery, type QueueFilters } from '../filters';
import { mentionKeys } from './mention-keys';

export const QUEUE_PAGE_SIZE = 50;
/** The queue refreshes itself this often; the selection is kept by id, so it survives. */
export const QUEUE_REFRESH_MS = 30_000;

export function getMentions(filters: QueueFilters, cursor: string | null): Promise<MentionPage> {
  return getCursorPage<MentionPage>('/mentions', filtersToApiQuery(filters, 'list'), cursor, QUEUE_PAGE_SIZE);
}

export const mentionsQueryOptions = (filters: QueueFilters) =>
  infiniteQueryOptions({
    queryKey: mentionKeys.list(filters),
    queryFn: ({ pageParam }) => getMentions(filters, pageParam),
    ...cursorPaging,
    refetchInterval: QUEUE_REFRESH_MS,
  });

export const useMentions = (filters: QueueFilters) => useInfiniteQuery(mentionsQueryOptions(filters));

/**
 * Starts fetching the queue's first page for the filters of a queue URL's search (`?q=…`), into the
 * cache the queue reads, so its rows need not wait for the page's code to render first.
 */
export function prefetchQueuePage(queryClient: QueryClient, search: string): void {
  void queryClient.prefetchInfiniteQuery(mentionsQueryOptions(filtersFromSearchParams(new URLSearchParams(search))));
}
