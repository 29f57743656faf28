import type { MentionListItem } from '@ou-listening/shared';
import { useAssignMention } from '../api/assign-mention';
import type { UndoOffer } from './use-undo';

/** Assigning a mention from its detail, with an undo that gives it back to whoever had it before. */
export function useUndoableAssign(offerUndo: (offer: UndoOffer) => void) {
  const assign = useAssignMention();
  const assignTo = (mention: MentionListItem, userId: string | null) => {
    const before = mention.assignee;
    assign.mutate(
      { id: mention.id, userId },
      {
        onSuccess: (after) =>
          offerUndo({
            message: after.assignee ? `Assigned to ${after.assignee.displayName}.` : 'Unassigned.',
            undo: () => assign.mutateAsync({ id: mention.id, userId: before?.id ?? null }),
          }),
      },
    );
  };
  return { assign, assignTo };
}
