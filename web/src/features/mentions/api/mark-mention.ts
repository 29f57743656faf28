import type { MarkRequest, MentionListItem } from '@ou-listening/shared';
import { postMentionAction, useMentionMutation } from './mention-mutation';

export type MarkMentionInput = MarkRequest & { id: string };

export const markMention = postMentionAction<MarkMentionInput, MentionListItem>('mark');

export const useMarkMention = () => useMentionMutation(markMention, { updated: (mention) => mention, conflicts: true });
