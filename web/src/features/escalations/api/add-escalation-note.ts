import type { MentionNote } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { sendJson } from '../../../lib/api-client';
import { escalationKeys } from './escalation-keys';

export const addEscalationNote = ({ id, body }: { id: string; body: string }) =>
  sendJson<MentionNote>('POST', `/escalations/${encodeURIComponent(id)}/notes`, { body });

export function useAddEscalationNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addEscalationNote,
    onSuccess: (_note, { id }) => queryClient.invalidateQueries({ queryKey: escalationKeys.detail(id) }),
  });
}
