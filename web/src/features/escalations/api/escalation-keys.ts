export type EscalationFilters = { status?: string; severity?: string; assignee?: string };

export const escalationKeys = {
  all: ['escalations'] as const,
  list: (filters: EscalationFilters) => [...escalationKeys.all, 'list', filters] as const,
  detail: (id: string) => [...escalationKeys.all, 'detail', id] as const,
};
