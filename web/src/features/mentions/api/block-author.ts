import type { MentionDetail } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { mentionKeys } from './mention-keys';

export type BlockAuthorInput = { id: string; blocked: true; reason: string } | { id: string; blocked: false };

/** Blocks (or unblocks) the comment's author on the platform. */
export const blockAuthor = (input: BlockAuthorInput) =>
  apiFetch<MentionDetail>(
    `/mentions/${encodeURIComponent(input.id)}/${input.blocked ? 'block-author' : 'unblock-author'}`,
    { method: 'POST', body: JSON.stringify(input.blocked ? { reason: input.reason } : {}) },
  );

export function useBlockAuthor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: blockAuthor,
    onSuccess: async (detail) => {
      queryClient.setQueryData(mentionKeys.detail(detail.id), detail);
      await queryClient.invalidateQueries({ queryKey: mentionKeys.all });
    },
  });
}
