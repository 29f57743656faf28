import type { EscalationDetail } from '@ou-listening/shared';
import { type FormEvent, useId, useState } from 'react';
import { ApiRequestError } from '../../../lib/api-client';
import { useReopenEscalation } from '../api/reopen-escalation';
import { ErrorAlert } from '../../../components/ui/error-alert';

type Props = { escalation: EscalationDetail };

/** A closed case can be taken up again, with a reason that goes into the audit log and the timeline. */
export function ReopenCase({ escalation }: Props) {
  const reopen = useReopenEscalation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const fieldId = useId();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    reopen.mutate(
      { id: escalation.id, change: { reason: reason.trim(), version: escalation.version } },
      {
        onSuccess: () => {
          setOpen(false);
          setReason('');
        },
      },
    );
  };

  return (
    <section className="card" aria-label="Reopen the case">
      {reopen.error && (
        <ErrorAlert>
          {reopen.error instanceof ApiRequestError && reopen.error.status === 409
            ? 'Someone else changed this case; it now shows their change.'
            : reopen.error.message}
        </ErrorAlert>
      )}
      {!open ? (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Reopen case
        </button>
      ) : (
        <form className="form-column" onSubmit={handleSubmit} aria-label="Reopen this case">
          <label htmlFor={fieldId}>Why reopen it?</label>
          <textarea
            id={fieldId}
            rows={2}
            required
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <p className="muted">The outcome is cleared; it stays in the timeline and the audit log.</p>
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={!reason.trim() || reopen.isPending}>
              Reopen with this reason
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
