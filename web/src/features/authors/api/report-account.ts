import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { authorKeys, authorPath } from './author-keys';

type Report = { platform: string; authorId: string; reason: string };
export type ReportResult = { id: string; reportUrl: string | null };

export const reportAccount = ({ platform, authorId, reason }: Report) =>
  apiFetch<ReportResult>(`${authorPath(platform, authorId)}/reports`, {
    method: 'POST',
    body: JSON.stringify({ reason }),
  });

export function useReportAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reportAccount,
    onSuccess: (_result, { platform, authorId }) =>
      queryClient.invalidateQueries({ queryKey: authorKeys.detail(platform, authorId) }),
  });
}
