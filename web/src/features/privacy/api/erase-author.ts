import type { AuthorRef, ErasureReport } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { privacyKeys } from './privacy-keys';

export const eraseAuthor = (author: AuthorRef) =>
  apiFetch<ErasureReport>('/privacy/erasures/author', { method: 'POST', body: JSON.stringify(author) });

export const eraseMention = (id: string) =>
  apiFetch<ErasureReport>(`/privacy/erasures/mention/${encodeURIComponent(id)}`, { method: 'POST' });

/** Erasure changes the suppression counts the page shows. */
export function useEraseAuthor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: eraseAuthor,
    onSuccess: () => client.invalidateQueries({ queryKey: privacyKeys.all }),
  });
}

export const useEraseMention = () => useMutation({ mutationFn: eraseMention });
