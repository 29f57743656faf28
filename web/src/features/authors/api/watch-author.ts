import type { AuthorProfile } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { authorKeys, authorPath } from './author-keys';

type Change = { platform: string; authorId: string; watched: boolean; reason?: string };

export const setWatched = ({ platform, authorId, watched, reason }: Change) =>
  apiFetch<AuthorProfile>(`${authorPath(platform, authorId)}/watch`, {
    method: watched ? 'PUT' : 'DELETE',
    ...(watched ? { body: JSON.stringify(reason ? { reason } : {}) } : {}),
  });

export function useSetWatched() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setWatched,
    onSuccess: (profile, { platform, authorId }) =>
      queryClient.setQueryData(authorKeys.detail(platform, authorId), profile),
  });
}
