import type { AuditPage } from '@ou-listening/shared';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { cursorPaging, getCursorPage } from '../../../lib/cursor-paging';

export type AuditFilters = { actor?: string; action?: string; from?: string; to?: string };

export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: AuditFilters) => [...auditKeys.all, 'list', filters] as const,
};

export function getAuditPage(filters: AuditFilters, cursor: string | null): Promise<AuditPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return getCursorPage<AuditPage>('/audit', params, cursor, 50);
}

export const auditQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam }) => getAuditPage(filters, pageParam),
    ...cursorPaging,
  });

/** The same filters as a CSV download of every matching row. */
export function auditCsvUrl(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return `/api/audit/export.csv${query ? `?${query}` : ''}`;
}

export const useAudit = (filters: AuditFilters) => useInfiniteQuery(auditQueryOptions(filters));
