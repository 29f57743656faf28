import type { SafeguardingContact } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { mentionKeys } from './mention-keys';

export const getSafeguardingContacts = () => apiFetch<SafeguardingContact[]>('/mentions/safeguarding-contacts');

/** The University's safeguarding contacts (SAFEGUARDING_CONTACTS): configuration, so fetched once. */
export const safeguardingContactsQueryOptions = () =>
  queryOptions({ queryKey: mentionKeys.safeguardingContacts(), queryFn: getSafeguardingContacts, staleTime: Infinity });

export const useSafeguardingContacts = () => useQuery(safeguardingContactsQueryOptions());
