import type { BulkChanged, BulkRequest, BulkResult } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch, ApiRequestError } from '../../../lib/api-client';
import { settleMentionChange } from './mention-mutation';

/** All or nothing on the server: either every mention changes or none does. */
export const bulkUpdate = (input: BulkRequest) =>
  apiFetch<BulkResult>('/mentions/bulk', { method: 'POST', body: JSON.stringify(input) });

/** The ticked mentions a 409 says changed since they were ticked (none for any other failure). */
export const changedSinceTicked = (error: unknown): string[] =>
  error instanceof ApiRequestError && error.status === 409
    ? ((error.body as Partial<BulkChanged> | undefined)?.changed ?? [])
    : [];

/** On a 409 the list is refetched too, so the mentions that changed show as they now stand. */
export function useBulkUpdate(onStale: (ids: string[]) => void = () => undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkUpdate,
    onSuccess: () => settleMentionChange(queryClient),
    onError: (error) => {
      const changed = changedSinceTicked(error);
      if (changed.length === 0) return;
      onStale(changed);
      return settleMentionChange(queryClient);
    },
  });
}
