import type { MentionListItem, ReplyRequest } from '@ou-listening/shared';
import { postMentionAction, useMentionMutation } from './mention-mutation';

export type ReplyMentionInput = ReplyRequest & { id: string };

/** A public reply under the comment, on the platform, as the OU. */
export const replyToMention = postMentionAction<ReplyMentionInput, MentionListItem>('reply');

export const useReplyToMention = () =>
  useMentionMutation(replyToMention, { updated: (mention) => mention, conflicts: true });
