import type { LinkReportRequest, ReportView } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { sendJson } from '../../../lib/api-client';
import { reportKeys } from './report-keys';

export type LinkReportInput = LinkReportRequest & { reportMentionId: string };

export const linkReport = ({ reportMentionId, mentionId }: LinkReportInput) =>
  sendJson<ReportView>('POST', `/reports/by-mention/${encodeURIComponent(reportMentionId)}/link`, { mentionId });

export function useLinkReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: linkReport,
    onSuccess: (report) => queryClient.setQueryData(reportKeys.byMention(report.mentionId), report),
  });
}
