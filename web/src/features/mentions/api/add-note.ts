import type { MentionNote, NoteRequest } from '@ou-listening/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { settleMentionChange } from './mention-mutation';

export type AddNoteInput = NoteRequest & { id: string };

export const addNote = ({ id, ...body }: AddNoteInput) =>
  apiFetch<MentionNote>(`/mentions/${encodeURIComponent(id)}/notes`, {
    method: 'POST',
    body: JSON.stringify(body),
  });

export function useAddNote() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addNote, onSuccess: () => settleMentionChange(queryClient) });
}
