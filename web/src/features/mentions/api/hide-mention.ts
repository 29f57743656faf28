import type { HideRequest, MentionListItem } from '@ou-listening/shared';
import { postMentionAction, useMentionMutation } from './mention-mutation';

export type HideMentionInput = HideRequest & { id: string };

export const hideMention = postMentionAction<HideMentionInput, MentionListItem>('hide');

export const useHideMention = () => useMentionMutation(hideMention, { updated: (mention) => mention, conflicts: true });
