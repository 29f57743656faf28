import type { MentionListItem, UnhideRequest } from '@ou-listening/shared';
import { postMentionAction, useMentionMutation } from './mention-mutation';

export type UnhideMentionInput = UnhideRequest & { id: string };

export const unhideMention = postMentionAction<UnhideMentionInput, MentionListItem>('unhide');

export const useUnhideMention = () =>
  useMentionMutation(unhideMention, { updated: (mention) => mention, conflicts: true });
