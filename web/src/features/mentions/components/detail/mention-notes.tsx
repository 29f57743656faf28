import type { MentionDetail } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { relativeTime } from '../format';
import { ItemList } from '../../../../components/ui/item-list';

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
    <section aria-labelledby="detail-notes">
      <h3 id="detail-notes">Notes</h3>
      <ItemList
        items={notes}
        empty={<p className="muted">No notes yet.</p>}
        className="detail-list"
        itemKey={(n) => n.id}
      >
        {(n) => (
          <>
            <span className="note__body">{n.body}</span>{' '}
            <span className="muted">
              {n.author?.displayName ?? 'someone'}, <time dateTime={n.createdAt}>{relativeTime(n.createdAt)}</time>
            </span>
          </>
        )}
      </ItemList>
      <form className="note-form" onSubmit={handleAddNote}>
        <label>
          Add a note
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <Button type="submit" disabled={isAddingNote || !note.trim()}>
          Add note
        </Button>
      </form>
    </section>
  );
}
