import type { EscalateRequest, MentionListItem } from '@ou-listening/shared';
import { postMentionAction, useMentionMutation } from './mention-mutation';

export type EscalateMentionInput = EscalateRequest & { id: string };
export type EscalateMentionResult = { mention: MentionListItem; escalationId: string };

export const escalateMention = postMentionAction<EscalateMentionInput, EscalateMentionResult>('escalate');

export const useEscalateMention = () =>
  useMentionMutation(escalateMention, { updated: (result) => result.mention, conflicts: true });
