import type { PlatformFilterOption } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { mentionKeys } from './mention-keys';

export const getPlatformOptions = () => apiFetch<PlatformFilterOption[]>('/sources/platforms');

/** The platforms worth filtering on: configured here, or with mentions stored. Changes rarely. */
export const platformOptionsQueryOptions = () =>
  queryOptions({ queryKey: mentionKeys.platforms(), queryFn: getPlatformOptions, staleTime: 5 * 60_000 });

export const usePlatformOptions = () => useQuery(platformOptionsQueryOptions());
