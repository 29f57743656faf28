import type { MentionNote, NoteRequest } from '@ou-listening/shared';
import { postMentionAction, useMentionMutation } from './mention-mutation';

export type AddNoteInput = NoteRequest & { id: string };

export const addNote = postMentionAction<AddNoteInput, MentionNote>('notes');

export const useAddNote = () => useMentionMutation(addNote);
