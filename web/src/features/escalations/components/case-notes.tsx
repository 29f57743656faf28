import type { MentionNote } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { useAddEscalationNote } from '../api/add-escalation-note';
import { formatUkTime } from '../../../lib/uk-time';
import { ItemList } from '../../../components/ui/item-list';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Card } from '../../../components/ui/card';
import { Button } from '../../../components/ui/button';

type Props = { escalationId: string; notes: MentionNote[]; canWrite: boolean };

export function CaseNotes({ escalationId, notes, canWrite }: Props) {
  const add = useAddEscalationNote();
  const [body, setBody] = useState('');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
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
            <textarea rows={3} required value={body} onChange={(e) => setBody(e.target.value)} />
          </label>
          {add.isError && <ErrorAlert>{add.error.message}</ErrorAlert>}
          <Button type="submit" disabled={add.isPending || !body.trim()}>
            Add note
          </Button>
        </form>
      )}
    </Card>
  );
}
