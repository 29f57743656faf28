import type { AssignRequest, MentionListItem } from '@ou-listening/shared';
import { postMentionAction, useMentionMutation } from './mention-mutation';

export type AssignMentionInput = AssignRequest & { id: string };

export const assignMention = postMentionAction<AssignMentionInput, MentionListItem>('assign');

export const useAssignMention = () => useMentionMutation(assignMention, { updated: (mention) => mention });
