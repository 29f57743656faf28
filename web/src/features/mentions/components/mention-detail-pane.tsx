import { useAddNote } from '../api/add-note';
import { useAssignMention } from '../api/assign-mention';
import { useMention } from '../api/get-mention';
import { conflictOf } from '../api/mention-mutation';
import { useUnhideMention } from '../api/unhide-mention';
import { ConflictNotice } from './conflict-notice';
import { MentionDetail } from './mention-detail';
import { OwnAccountPanel } from './own-account-panel';

type Props = {
  mentionId: string | null;
  currentUserId: string;
  onHide: () => void;
  onEscalate: () => void;
  onMark: () => void;
};

/** The pane beside the list: loads the selected mention and runs the actions that need no dialog. */
export function MentionDetailPane({ mentionId, currentUserId, onHide, onEscalate, onMark }: Props) {
  const mention = useMention(mentionId);
  const assign = useAssignMention();
  const unhide = useUnhideMention();
  const addNote = useAddNote();

  if (!mentionId)
    return (
      <aside className="detail-pane" aria-label="Mention detail">
        <p className="empty">Select a mention to see it here (j and k move through the list).</p>
      </aside>
    );

  const actionError = assign.error ?? unhide.error ?? addNote.error;
  const conflict = conflictOf(unhide.error);

  return (
    <aside className="detail-pane" aria-label="Mention detail">
      {mention.isPending && <p className="loading">Loading the mention…</p>}
      {mention.isError && (
        <p className="alert alert--error" role="alert">
          Could not load this mention: {mention.error.message}
        </p>
      )}
      {conflict ? (
        <ConflictNotice current={conflict} />
      ) : (
        actionError && (
          <p className="alert alert--error" role="alert">
            Nothing was changed: {actionError.message}
          </p>
        )
      )}
      {mention.data && (
        <MentionDetail
          mention={mention.data}
          currentUserId={currentUserId}
          isBusy={assign.isPending || unhide.isPending}
          isAddingNote={addNote.isPending}
          onHide={onHide}
          onEscalate={onEscalate}
          onMark={onMark}
          onUnhide={() => {
            if (mention.data) unhide.mutate({ id: mention.data.id, version: mention.data.version });
          }}
          onAssign={(userId) => {
            if (mention.data) assign.mutate({ id: mention.data.id, userId });
          }}
          onAddNote={(body, onAdded) => {
            if (mention.data) addNote.mutate({ id: mention.data.id, body }, { onSuccess: onAdded });
          }}
          platformPanel={
            mention.data.onOwnAccount ? <OwnAccountPanel key={mention.data.id} mention={mention.data} /> : undefined
          }
        />
      )}
    </aside>
  );
}
