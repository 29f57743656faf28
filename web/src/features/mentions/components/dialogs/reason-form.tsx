import type { Severity } from '@ou-listening/shared';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { Dialog } from '../../../../components/ui/dialog';
import { SEVERITY_LABELS } from '../format';
import { type Danger, DangerConfirm } from './danger-confirm';
import { DialogActions } from './dialog-actions';
import { Failure, type FailureProps } from './failure';
import { submitOnEnter } from './submit-on-enter';
import { SelectField } from '../../../../components/ui/select-field';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { CharacterCount } from '../../../../components/ui/character-count';

/** The longest reasons the server takes (EscalateDto, HideDto and BulkDto in server/src/mentions/dto). */
export const ESCALATION_REASON_MAX = 2000;
export const HIDE_REASON_MAX = 500;

type Props = {
  title: string;
  submitLabel: string;
  withSeverity?: Severity;
  /** the most characters the server takes for the reason, shown as the reason is typed */
  maxLength: number;
  /** set for a pinned safeguarding or threat mention: what the action does, confirmed with a tick */
  danger?: Danger;
  isPending: boolean;
  failure: FailureProps;
  /** set when the conflict means the action can never go through (a case is already open): why */
  moot?: string | null;
  /** more fields, after the reason */
  children?: ReactNode;
  onSubmit: (values: { reason: string; severity: Severity }) => void;
  onClose: () => void;
};

/** A reason (and a severity, for escalations); Enter in the reason saves, Shift+Enter starts a new line. */
export function ReasonForm(props: Props) {
  const { title, submitLabel, withSeverity, maxLength, danger, isPending, failure, moot, children, ...on } = props;
  const countId = useId();
  const [reason, setReason] = useState('');
  const [severity, setSeverity] = useState<Severity>(withSeverity ?? 'medium');
  const [confirmed, setConfirmed] = useState(false);
  const ready = reason.trim() !== '' && (!danger || confirmed);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) on.onSubmit({ reason: reason.trim(), severity });
  };

  return (
    <Dialog title={title} onClose={on.onClose}>
      <form className="dialog__form" onSubmit={handleSubmit} onKeyDown={submitOnEnter}>
        <label>
          Reason
          <textarea
            required
            rows={3}
            maxLength={maxLength}
            aria-describedby={countId}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
        </label>
        <CharacterCount id={countId} length={reason.length} max={maxLength} className="dialog__count muted" />
        {danger && <DangerConfirm danger={danger} confirmed={confirmed} onChange={setConfirmed} />}
        {withSeverity && (
          <SelectField label="Severity" value={severity} options={SEVERITY_LABELS} onChange={setSeverity} />
        )}
        {children}
        <Failure {...failure} />
        {moot && <ErrorAlert>{moot}</ErrorAlert>}
        <DialogActions
          submitLabel={submitLabel}
          retrying={failure.conflict !== null && !moot}
          disabled={isPending || !ready || !!moot}
          onCancel={on.onClose}
        />
      </form>
    </Dialog>
  );
}
