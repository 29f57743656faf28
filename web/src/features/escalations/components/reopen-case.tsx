import type { EscalationDetail } from '@ou-listening/shared';
import { useId, useState } from 'react';
import { ApiRequestError } from '../../../lib/api-client';
import { useReopenEscalation } from '../api/reopen-escalation';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useRequiredText } from '../../../lib/use-required-text';
import { Button } from '../../../components/ui/button';

type Props = { escalation: EscalationDetail };

/** A closed case can be taken up again, with a reason that goes into the audit log and the timeline. */
export function ReopenCase({ escalation }: Props) {
  const reopen = useReopenEscalation();
  const [open, setOpen] = useState(false);
  const fieldId = useId();
  const handleShowForm = (show: boolean) => {
    reopen.reset();
    setOpen(show);
  };
  const reason = useRequiredText((text, clear) =>
    reopen.mutate(
      { id: escalation.id, change: { reason: text, version: escalation.version } },
      {
        onSuccess: () => {
          setOpen(false);
          clear();
        },
      },
    ),
  );

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
        <Button onClick={() => handleShowForm(true)}>Reopen case</Button>
      ) : (
        <form className="form-column" onSubmit={reason.handleSubmit} aria-label="Reopen this case">
          <label htmlFor={fieldId}>Why reopen it?</label>
          <textarea
            id={fieldId}
            rows={2}
            required
            maxLength={2000}
            value={reason.text}
            onChange={(e) => reason.setText(e.target.value)}
          />
          <p className="muted">The outcome is cleared; it stays in the timeline and the audit log.</p>
          <div className="actions">
            <Button type="submit" variant="primary" disabled={!reason.text.trim() || reopen.isPending}>
              Reopen with this reason
            </Button>
            <Button onClick={() => handleShowForm(false)}>Cancel</Button>
          </div>
        </form>
      )}
    </section>
  );
}
