import { type MentionDetail, NOTE_MAX_LENGTH } from '@ou-listening/shared';
import { useId } from 'react';
import { useRequiredText } from '../../../../lib/use-required-text';
import { Button } from '../../../../components/ui/button';
import { CharacterCount } from '../../../../components/ui/character-count';
import { ByWhomWhen, DetailLog } from './detail-log';

type Props = {
  notes: MentionDetail['notes'];
  isAddingNote: boolean;
  onAddNote: (body: string, onAdded: () => void) => void;
};

export function MentionNotes({ notes, isAddingNote, onAddNote }: Props) {
  const note = useRequiredText(onAddNote);
  const countId = useId();
  return (
    <DetailLog
      id="detail-notes"
      title="Notes"
      items={notes}
      empty="No notes yet."
      itemKey={(n) => n.id}
      after={
        <>
          <form className="note-form" onSubmit={note.handleSubmit}>
            <label>
              Add a note
              <textarea
                rows={2}
                maxLength={NOTE_MAX_LENGTH}
                aria-describedby={countId}
                value={note.text}
                onChange={(e) => note.setText(e.target.value)}
              />
            </label>
            <Button type="submit" disabled={isAddingNote || !note.text.trim()}>
              Add note
            </Button>
          </form>
          {/* the limit shows before anything is sent, as the escalation reason's does */}
          <CharacterCount
            id={countId}
            length={note.text.length}
            max={NOTE_MAX_LENGTH}
            className="muted note-form__count"
          />
        </>
      }
    >
      {(n) => (
        <>
          <span className="note__body">{n.body}</span> <ByWhomWhen name={n.author?.displayName} at={n.createdAt} />
        </>
      )}
    </DetailLog>
  );
}
