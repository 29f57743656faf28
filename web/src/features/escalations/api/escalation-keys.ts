import type { EscalationDetail } from '@ou-listening/shared';
import type { QueryClient } from '@tanstack/react-query';

export type EscalationFilters = { status?: string; severity?: string; assignee?: string };

export const escalationKeys = {
  all: ['escalations'] as const,
  list: (filters: EscalationFilters) => [...escalationKeys.all, 'list', filters] as const,
  counts: () => [...escalationKeys.all, 'counts'] as const,
  detail: (id: string) => [...escalationKeys.all, 'detail', id] as const,
  timeline: (id: string) => [...escalationKeys.all, 'detail', id, 'timeline'] as const,
  hold: (id: string) => [...escalationKeys.all, 'detail', id, 'hold'] as const,
};

/** After a change to a case: its page shows the answer at once, and every list of cases refetches. */
export function showCaseChange(queryClient: QueryClient, detail: EscalationDetail) {
  queryClient.setQueryData(escalationKeys.detail(detail.id), detail);
  void queryClient.invalidateQueries({ queryKey: escalationKeys.all });
}
