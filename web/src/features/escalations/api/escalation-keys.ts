export type EscalationFilters = { status?: string; severity?: string; assignee?: string };

export const escalationKeys = {
  all: ['escalations'] as const,
  list: (filters: EscalationFilters) => [...escalationKeys.all, 'list', filters] as const,
  counts: () => [...escalationKeys.all, 'counts'] as const,
  detail: (id: string) => [...escalationKeys.all, 'detail', id] as const,
  timeline: (id: string) => [...escalationKeys.all, 'detail', id, 'timeline'] as const,
};
