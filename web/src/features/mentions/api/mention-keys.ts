import { MENTIONS_KEY } from '../../../lib/query-client';
import type { QueueFilters } from '../filters';

/** One key factory for the mentions domain; every mutation invalidates through it. */
export const mentionKeys = {
  all: MENTIONS_KEY,
  lists: () => [...mentionKeys.all, 'list'] as const,
  list: (filters: QueueFilters) => [...mentionKeys.lists(), filters] as const,
  summaries: () => [...mentionKeys.all, 'summary'] as const,
  summary: (filters: QueueFilters) => [...mentionKeys.summaries(), filters] as const,
  details: () => [...mentionKeys.all, 'detail'] as const,
  detail: (id: string) => [...mentionKeys.details(), id] as const,
  platforms: () => [...mentionKeys.all, 'platforms'] as const,
  assignable: () => [...mentionKeys.all, 'assignable-users'] as const,
  safeguardingContacts: () => ['safeguarding-contacts'] as const,
  safeguardingAlert: () => ['safeguarding-alert'] as const,
};
