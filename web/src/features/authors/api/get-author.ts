import type { AuthorProfile } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { authorKeys, authorPath } from './author-keys';

export const getAuthor = (platform: string, authorId: string) =>
  apiFetch<AuthorProfile>(authorPath(platform, authorId));

export const authorQueryOptions = (platform: string, authorId: string) =>
  queryOptions({ queryKey: authorKeys.detail(platform, authorId), queryFn: () => getAuthor(platform, authorId) });

export const useAuthor = (platform: string, authorId: string) => useQuery(authorQueryOptions(platform, authorId));
