import type { MentionConflict, MentionDetail, MentionListItem } from '@ou-listening/shared';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { ApiRequestError, apiFetch } from '../../../lib/api-client';
import { mentionKeys } from './mention-keys';

/** After any change: the detail shows the new state at once, then every view of mentions refetches. */
export async function settleMentionChange(queryClient: QueryClient, updated?: MentionListItem) {
  if (updated)
    queryClient.setQueryData<MentionDetail>(mentionKeys.detail(updated.id), (old) =>
      old ? { ...old, ...updated } : old,
    );
  await queryClient.invalidateQueries({ queryKey: mentionKeys.all });
}

/** The mention as it stands now, when an action lost a race with someone else's (a 409). */
export function conflictOf(error: unknown): MentionListItem | null {
  if (!(error instanceof ApiRequestError) || error.status !== 409) return null;
  const body = error.body as Partial<MentionConflict> | undefined;
  return body?.current ?? null;
}

/** POST /api/mentions/:id/<action>, the rest of the input as its JSON body. */
export const postMentionAction =
  <Input extends { id: string }, Result>(action: string) =>
  ({ id, ...body }: Input) =>
    apiFetch<Result>(`/mentions/${encodeURIComponent(id)}/${action}`, {
      method: 'POST',
      body: JSON.stringify(body),
    });

type Settle<Result> = {
  /** the mention as the action left it, shown before the refetch */
  updated?: (result: Result) => MentionListItem;
  /** on a 409, show the mention as the other person's action left it */
  conflicts?: boolean;
};

/** One action on a mention, settled the same way as every other. */
export function useMentionMutation<Input, Result>(
  mutationFn: (input: Input) => Promise<Result>,
  { updated, conflicts = false }: Settle<Result> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (result) => settleMentionChange(queryClient, updated?.(result)),
    onError: conflicts ? (error) => settleMentionChange(queryClient, conflictOf(error) ?? undefined) : undefined,
  });
}
