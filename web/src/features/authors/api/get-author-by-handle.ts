import type { AuthorIdView } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { authorKeys } from './author-keys';

export const getAuthorByHandle = (platform: string, handle: string) =>
  apiFetch<AuthorIdView>(`/authors/${encodeURIComponent(platform)}/handle/${encodeURIComponent(handle)}`);

export const authorByHandleQueryOptions = (platform: string, handle: string) =>
  queryOptions({
    queryKey: authorKeys.byHandle(platform, handle),
    queryFn: () => getAuthorByHandle(platform, handle),
  });

/** Which author a handle belongs to: Trends ranks authors by handle and links to their Author page. */
export const useAuthorByHandle = (platform: string, handle: string) =>
  useQuery(authorByHandleQueryOptions(platform, handle));
