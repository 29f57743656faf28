import {
  type EscalationDetail,
  type EscalationOutcome,
  NOTE_MAX_LENGTH,
  type UpdateEscalationRequest,
} from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { currentCaseOf, isCaseConflict } from '../api/case-conflict';
import { useUpdateEscalation } from '../api/update-escalation';
import { type Conflict, CaseConflict, type LostChange } from './case-conflict';
import { CloseCaseForm } from './close-case-form';
import { ReopenCase } from './reopen-case';

type CaseState = Pick<EscalationDetail, 'id' | 'version' | 'status' | 'assignee'>;
type Props = { escalation: CaseState; currentUserId: string };

/** Acknowledge, Assign to me, Close case (an outcome is required); Reopen once closed. */
export function CaseActions({ escalation, currentUserId }: Props) {
  // Kept here, around both sets of actions: after a conflict the case as it now stands can swap one for
  // the other (a close that lost to another close shows Reopen), and what the officer typed, with the
  // message saying why it was not saved, must outlive the form it was typed in.
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const closed = escalation.status === 'closed';
  return (
    <section className="card" aria-label={closed ? 'Reopen the case' : 'Case actions'}>
      {conflict && <CaseConflict conflict={conflict} shown={escalation} onDismiss={() => setConflict(null)} />}
      {/* Two components, so that closing the case drops the close form's state: once reopened, the
          actions start afresh (no half-filled form, no error from before the close). */}
      {closed ? (
        <ReopenCase escalation={escalation} onConflict={setConflict} />
      ) : (
        <LiveCaseActions escalation={escalation} currentUserId={currentUserId} onConflict={setConflict} />
      )}
    </section>
  );
}

type LiveProps = Props & { onConflict: (conflict: Conflict | null) => void };

function LiveCaseActions({ escalation, currentUserId, onConflict }: LiveProps) {
  const update = useUpdateEscalation();
  const [closing, setClosing] = useState(false);
  const [outcome, setOutcome] = useState<EscalationOutcome | ''>('');
  const [note, setNote] = useState('');
  const { id, version, status } = escalation;

  /** `lost`: what to give back if someone else changed the case first. */
  const send = (change: Omit<UpdateEscalationRequest, 'version'>, lost: LostChange, onSent?: () => void) => {
    onConflict(null);
    // The promise, not the mutation's callbacks: after a conflict this component may be gone (the case
    // is now closed), and the callbacks of an unmounted mutation never run.
    update.mutateAsync({ id, change: { ...change, version } }).then(onSent, (error: unknown) => {
      if (isCaseConflict(error)) onConflict({ lost, current: currentCaseOf(error) });
    });
  };
  const assignOrAcknowledge = (change: Omit<UpdateEscalationRequest, 'version'>) =>
    send(change, { action: 'acknowledge-or-assign' });

  const handleShowCloseForm = (show: boolean) => {
    update.reset();
    onConflict(null);
    setClosing(show);
  };

  const handleClose = (event: FormEvent) => {
    event.preventDefault();
    if (!outcome || note.length > NOTE_MAX_LENGTH) return;
    send({ status: 'closed', outcome, outcomeNote: note.trim() || undefined }, { action: 'close', outcome, note }, () =>
      setClosing(false),
    );
  };

  const error = update.error;
  return (
    <>
      {error && !isCaseConflict(error) && <ErrorAlert>{error.message}</ErrorAlert>}
      <div className="actions">
        {status === 'open' && (
          <Button
            variant="primary"
            disabled={update.isPending}
            onClick={() => assignOrAcknowledge({ status: 'acknowledged' })}
          >
            Acknowledge
          </Button>
        )}
        {escalation.assignee?.id !== currentUserId && (
          <Button disabled={update.isPending} onClick={() => assignOrAcknowledge({ assigneeId: currentUserId })}>
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
    </>
  );
}
