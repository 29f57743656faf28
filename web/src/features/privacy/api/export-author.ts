import type { AuthorRef, SubjectAccessExport } from '@ou-listening/shared';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';

export const exportAuthor = (author: AuthorRef) =>
  apiFetch<SubjectAccessExport>('/privacy/exports/author', { method: 'POST', body: JSON.stringify(author) });

export const useExportAuthor = () => useMutation({ mutationFn: exportAuthor });
