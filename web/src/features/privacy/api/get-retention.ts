import type { RetentionOverview } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { privacyKeys } from './privacy-keys';

export const getRetention = () => apiFetch<RetentionOverview>('/privacy/retention');

export const retentionQueryOptions = () => queryOptions({ queryKey: privacyKeys.retention(), queryFn: getRetention });

export const useRetention = () => useQuery(retentionQueryOptions());
