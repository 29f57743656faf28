import type { EscalationDetail } from '@ou-listening/shared';
import { useId, useState } from 'react';
import { useReopenEscalation } from '../api/reopen-escalation';
import { currentCaseOf, isCaseConflict } from '../api/case-conflict';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useRequiredText } from '../../../lib/use-required-text';
import { Button } from '../../../components/ui/button';
import type { Conflict } from './case-conflict';

type Props = {
  escalation: Pick<EscalationDetail, 'id' | 'version'>;
  onConflict: (conflict: Conflict | null) => void;
};

/** A closed case can be taken up again, with a reason that goes into the audit log and the timeline. */
export function ReopenCase({ escalation, onConflict }: Props) {
  const reopen = useReopenEscalation();
  const [open, setOpen] = useState(false);
  const fieldId = useId();
  const handleShowForm = (show: boolean) => {
    reopen.reset();
    onConflict(null);
    setOpen(show);
  };
  const reason = useRequiredText((text, clear) => {
    onConflict(null);
    // The promise, as in LiveCaseActions: if someone else reopened the case, this form gives way to
    // the live actions, and the reason goes up to CaseActions to be shown there.
    reopen.mutateAsync({ id: escalation.id, change: { reason: text, version: escalation.version } }).then(
      () => {
        setOpen(false);
        clear();
      },
      (error: unknown) => {
        if (isCaseConflict(error))
          onConflict({ lost: { action: 'reopen', reason: text }, current: currentCaseOf(error) });
      },
    );
  });

  return (
    <>
      {reopen.error && !isCaseConflict(reopen.error) && <ErrorAlert>{reopen.error.message}</ErrorAlert>}
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
    </>
  );
}
