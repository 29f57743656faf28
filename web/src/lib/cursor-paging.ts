/**
 * How a cursor-paged list is followed (the server's `{ items, nextCursor }` pages): the first page
 * has no cursor, each next page starts at the cursor the last one gave, and a null cursor ends it.
 */
export const cursorPaging = {
  initialPageParam: null as string | null,
  getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor,
};
