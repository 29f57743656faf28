import type { MentionListItem, UnmarkRequest } from '@ou-listening/shared';
import { postMentionAction, useMentionMutation } from './mention-mutation';

export type UnmarkMentionInput = UnmarkRequest & { id: string };

/** The undo after Mark: takes back the caller's latest mark and the status it changed. */
export const unmarkMention = postMentionAction<UnmarkMentionInput, MentionListItem>('unmark');

export const useUnmarkMention = () => useMentionMutation(unmarkMention, { updated: (mention) => mention });
