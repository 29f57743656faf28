import type { BulkRequest, BulkResult } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { settleMentionChange } from './mention-mutation';

/** All or nothing on the server: either every mention changes or none does. */
export const bulkUpdate = (input: BulkRequest) =>
  apiFetch<BulkResult>('/mentions/bulk', { method: 'POST', body: JSON.stringify(input) });

export function useBulkUpdate() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: bulkUpdate, onSuccess: () => settleMentionChange(queryClient) });
}
