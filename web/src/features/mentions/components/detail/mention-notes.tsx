import type { MentionDetail } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { ByWhomWhen, DetailLog } from './detail-log';

type Props = {
  notes: MentionDetail['notes'];
  isAddingNote: boolean;
  onAddNote: (body: string, onAdded: () => void) => void;
};

export function MentionNotes({ notes, isAddingNote, onAddNote }: Props) {
  const [note, setNote] = useState('');
  const handleAddNote = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim()) onAddNote(note.trim(), () => setNote(''));
  };
  return (
    <DetailLog
      id="detail-notes"
      title="Notes"
      items={notes}
      empty="No notes yet."
      itemKey={(n) => n.id}
      after={
        <form className="note-form" onSubmit={handleAddNote}>
          <label>
            Add a note
            <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <Button type="submit" disabled={isAddingNote || !note.trim()}>
            Add note
          </Button>
        </form>
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
