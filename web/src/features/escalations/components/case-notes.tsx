import { type MentionNote, NOTE_MAX_LENGTH } from '@ou-listening/shared';
import { type FormEvent, useId, useState } from 'react';
import { useAddEscalationNote } from '../api/add-escalation-note';
import { formatUkTime } from '../../../lib/uk-time';
import { ItemList } from '../../../components/ui/item-list';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Card } from '../../../components/ui/card';
import { Button } from '../../../components/ui/button';
import { CharacterCount } from '../../../components/ui/character-count';

type Props = { escalationId: string; notes: MentionNote[]; canWrite: boolean };

export function CaseNotes({ escalationId, notes, canWrite }: Props) {
  const add = useAddEscalationNote();
  const [body, setBody] = useState('');
  const countId = useId();
  const tooLong = body.length > NOTE_MAX_LENGTH;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (tooLong) return;
    add.mutate({ id: escalationId, body }, { onSuccess: () => setBody('') });
  };

  return (
    <Card id="notes-title" title="Notes">
      <ItemList
        items={notes}
        empty={<p className="empty">No notes yet.</p>}
        className="notes"
        ordered
        itemKey={(n) => n.id}
      >
        {(n) => (
          <>
            <div className="notes__meta">
              {n.author?.displayName ?? 'A former user'} · {formatUkTime(n.createdAt)}
            </div>
            <p>{n.body}</p>
          </>
        )}
      </ItemList>
      {canWrite && (
        <form className="form-column" onSubmit={handleSubmit}>
          <label>
            Add a note
            {/* no maxLength: a pasted text longer than the limit is kept whole, to be cut down here */}
            <textarea
              rows={3}
              required
              aria-describedby={countId}
              aria-invalid={tooLong}
              value={body}
              onChange={(e) => setBody(e.target.value)}
            />
          </label>
          <CharacterCount id={countId} length={body.length} max={NOTE_MAX_LENGTH} what="note" />
          {add.isError && <ErrorAlert>{add.error.message}</ErrorAlert>}
          <Button type="submit" disabled={add.isPending || !body.trim() || tooLong}>
            Add note
          </Button>
        </form>
      )}
    </Card>
  );
}
