import type { ReportView } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { reportKeys } from './report-keys';

export const getReport = (mentionId: string) =>
  apiFetch<ReportView>(`/reports/by-mention/${encodeURIComponent(mentionId)}`);

export const reportQueryOptions = (mentionId: string) =>
  queryOptions({ queryKey: reportKeys.byMention(mentionId), queryFn: () => getReport(mentionId) });

export const useReport = (mentionId: string) => useQuery(reportQueryOptions(mentionId));
