import type { MentionConflict, MentionDetail, MentionListItem } from '@ou-listening/shared';
import type { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../../../lib/api-client';
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
