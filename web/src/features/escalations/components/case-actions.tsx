import type { EscalationDetail, EscalationOutcome } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ApiRequestError } from '../../../lib/api-client';
import { useUpdateEscalation } from '../api/update-escalation';
import { CloseCaseForm } from './close-case-form';
import { ReopenCase } from './reopen-case';

type Props = { escalation: EscalationDetail; currentUserId: string };

/** Acknowledge, Assign to me, Close case (an outcome is required); Reopen once closed. */
export function CaseActions({ escalation, currentUserId }: Props) {
  // Two components, so that closing the case drops the close form's state: once reopened, the
  // actions start afresh (no half-filled form, no error from before the close).
  if (escalation.status === 'closed') return <ReopenCase escalation={escalation} />;
  return <LiveCaseActions escalation={escalation} currentUserId={currentUserId} />;
}

function LiveCaseActions({ escalation, currentUserId }: Props) {
  const update = useUpdateEscalation();
  const [closing, setClosing] = useState(false);
  const [outcome, setOutcome] = useState<EscalationOutcome | ''>('');
  const [note, setNote] = useState('');
  const { id, version, status } = escalation;

  const handleShowCloseForm = (show: boolean) => {
    update.reset();
    setClosing(show);
  };

  const handleClose = (event: FormEvent) => {
    event.preventDefault();
    if (!outcome) return;
    update.mutate(
      { id, change: { status: 'closed', outcome, outcomeNote: note.trim() || undefined, version } },
      { onSuccess: () => setClosing(false) },
    );
  };

  const error = update.error;
  return (
    <section className="card" aria-label="Case actions">
      {error && (
        <ErrorAlert>
          {error instanceof ApiRequestError && error.status === 409
            ? 'Someone else changed this case; it now shows their change. Try again if still needed.'
            : error.message}
        </ErrorAlert>
      )}
      <div className="actions">
        {status === 'open' && (
          <Button
            variant="primary"
            disabled={update.isPending}
            onClick={() => update.mutate({ id, change: { status: 'acknowledged', version } })}
          >
            Acknowledge
          </Button>
        )}
        {escalation.assignee?.id !== currentUserId && (
          <Button
            disabled={update.isPending}
            onClick={() => update.mutate({ id, change: { assigneeId: currentUserId, version } })}
          >
            Assign to me
          </Button>
        )}
        {!closing && <Button onClick={() => handleShowCloseForm(true)}>Close case</Button>}
      </div>
      {closing && (
        <CloseCaseForm
          outcome={outcome}
          note={note}
          pending={update.isPending}
          onOutcome={setOutcome}
          onNote={setNote}
          onSubmit={handleClose}
          onCancel={() => handleShowCloseForm(false)}
        />
      )}
    </section>
  );
}
