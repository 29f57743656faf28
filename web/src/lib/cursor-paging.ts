import { apiFetch } from './api-client';

/**
 * How a cursor-paged list is followed (the server's `{ items, nextCursor }` pages): the first page
 * has no cursor, each next page starts at the cursor the last one gave, and a null cursor ends it.
 */
export const cursorPaging = {
  initialPageParam: null as string | null,
  getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor,
};

/** One page of such a list: `path` with the filters in `params`, at most `limit` items from `cursor` on. */
export function getCursorPage<T>(
  path: string,
  params: URLSearchParams,
  cursor: string | null,
  limit: number,
): Promise<T> {
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return apiFetch<T>(`${path}?${params.toString()}`);
}
