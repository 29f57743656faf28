import { Button } from '../../../components/ui/button';
import { useAddNote } from '../api/add-note';
import { useMention } from '../api/get-mention';
import { conflictOf } from '../api/mention-mutation';
import { useUnhideMention } from '../api/unhide-mention';
import type { UndoOffer } from '../hooks/use-undo';
import { useUndoableAssign } from '../hooks/use-undoable-assign';
import { ConflictNotice } from './conflict-notice';
import { MentionDetail } from './mention-detail';
import { OwnAccountPanel } from './own-account-panel';
import { ErrorAlert } from '../../../components/ui/error-alert';

type Props = {
  mentionId: string | null;
  currentUserId: string;
  onHide: () => void;
  onEscalate: () => void;
  onMark: () => void;
  /** back to the list (the only way back on a phone, where the mention is a view of its own) */
  onBack: () => void;
  onUndoable: (offer: UndoOffer) => void;
};

/** The pane beside the list: loads the selected mention and runs the actions that need no dialog. */
export function MentionDetailPane({ mentionId, currentUserId, onBack, onUndoable, ...on }: Props) {
  const mention = useMention(mentionId);
  const { assign, assignTo } = useUndoableAssign(onUndoable);
  const unhide = useUnhideMention();
  const addNote = useAddNote();
  if (!mentionId)
    return (
      <aside className="detail-pane detail-pane--empty" aria-label="Mention detail">
        <p className="empty">Select a mention to see it here (j and k move through the list).</p>
      </aside>
    );
  const actionError = assign.error ?? unhide.error ?? addNote.error;
  const conflict = conflictOf(unhide.error);
  const data = mention.data;
  return (
    <aside className="detail-pane" aria-label="Mention detail">
      <Button variant="link" className="detail-pane__back" onClick={onBack}>
        ← Back to the list
      </Button>
      {mention.isPending && <p className="loading">Loading the mention…</p>}
      {mention.isError && <ErrorAlert>Could not load this mention: {mention.error.message}</ErrorAlert>}
      {conflict ? (
        <ConflictNotice current={conflict} />
      ) : (
        actionError && <ErrorAlert>Nothing was changed: {actionError.message}</ErrorAlert>
      )}
      {data && (
        <MentionDetail
          mention={data}
          currentUserId={currentUserId}
          isBusy={assign.isPending || unhide.isPending}
          isAddingNote={addNote.isPending}
          {...on}
          onUnhide={() => unhide.mutate({ id: data.id, version: data.version })}
          onAssign={(userId) => assignTo(data, userId)}
          onAddNote={(body, onAdded) => addNote.mutate({ id: data.id, body }, { onSuccess: onAdded })}
          platformPanel={data.onOwnAccount ? <OwnAccountPanel key={data.id} mention={data} /> : undefined}
        />
      )}
    </aside>
  );
}
