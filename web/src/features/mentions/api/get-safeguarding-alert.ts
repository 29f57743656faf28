import type { SafeguardingAlert } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { mentionKeys } from './mention-keys';

export const getSafeguardingAlert = () => apiFetch<SafeguardingAlert>('/mentions/safeguarding-alert');

/** Whether an urgent escalation e-mails the Safeguarding Referrals Team here: configuration, so fetched once. */
export const safeguardingAlertQueryOptions = () =>
  queryOptions({ queryKey: mentionKeys.safeguardingAlert(), queryFn: getSafeguardingAlert, staleTime: Infinity });

export const useSafeguardingAlert = () => useQuery(safeguardingAlertQueryOptions());
