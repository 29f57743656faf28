import { ESCALATION_OUTCOMES, type EscalationDetail, type EscalationOutcome } from '@ou-listening/shared';
import { type FormEvent, useId, useState } from 'react';
import { ApiRequestError } from '../../../lib/api-client';
import { useUpdateEscalation } from '../api/update-escalation';
import { OUTCOME_LABELS } from '../labels';
import { ReopenCase } from './reopen-case';
import { Options } from '../../../components/ui/options';
import { ErrorAlert } from '../../../components/ui/error-alert';

type Props = { escalation: EscalationDetail; currentUserId: string };

/** Acknowledge, Assign to me, Close case (an outcome is required); Reopen once closed. */
export function CaseActions({ escalation, currentUserId }: Props) {
  const update = useUpdateEscalation();
  const [closing, setClosing] = useState(false);
  const [outcome, setOutcome] = useState<EscalationOutcome | ''>('');
  const [note, setNote] = useState('');
  const { id, version, status } = escalation;
  const fieldId = useId();

  if (status === 'closed') return <ReopenCase escalation={escalation} />;

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
          <button
            type="button"
            className="button button--primary"
            disabled={update.isPending}
            onClick={() => update.mutate({ id, change: { status: 'acknowledged', version } })}
          >
            Acknowledge
          </button>
        )}
        {escalation.assignee?.id !== currentUserId && (
          <button
            type="button"
            className="button"
            disabled={update.isPending}
            onClick={() => update.mutate({ id, change: { assigneeId: currentUserId, version } })}
          >
            Assign to me
          </button>
        )}
        {!closing && (
          <button type="button" className="button" onClick={() => setClosing(true)}>
            Close case
          </button>
        )}
      </div>
      {closing && (
        <form className="form-column" onSubmit={handleClose} aria-label="Close this case">
          <label htmlFor={`${fieldId}-outcome`}>Outcome</label>
          <select
            id={`${fieldId}-outcome`}
            required
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as EscalationOutcome)}
          >
            <option value="">Choose an outcome…</option>
            <Options values={ESCALATION_OUTCOMES} labels={OUTCOME_LABELS} />
          </select>
          <label htmlFor={`${fieldId}-note`}>Outcome note</label>
          <textarea id={`${fieldId}-note`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="actions">
            <button type="submit" className="button button--danger" disabled={!outcome || update.isPending}>
              Close case with this outcome
            </button>
            <button type="button" className="button" onClick={() => setClosing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
