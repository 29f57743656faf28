import type { EscalationDetail, EscalationOutcome } from '@ou-listening/shared';
import { Button } from '../../../components/ui/button';
import { OUTCOME_LABELS } from '../labels';
import '../cases.css';

/** A change someone else's beat to the case (409), with what the officer had chosen or typed for it. */
export type LostChange =
  | { action: 'close'; outcome: EscalationOutcome; note: string }
  | { action: 'reopen'; reason: string }
  | { action: 'acknowledge-or-assign' };

type CaseState = Pick<EscalationDetail, 'status' | 'version'>;

export type Conflict = {
  lost: LostChange;
  /** the case as the other change left it, from the 409; null when the answer did not say */
  current: CaseState | null;
};

type Props = { conflict: Conflict; shown: CaseState; onDismiss: () => void };

/**
 * Nothing the officer typed is lost to someone else's change: it is still in its form if the case can
 * still take it, or shown here to copy if it cannot (their close made the close form give way to Reopen).
 */
export function CaseConflict({ conflict: { lost, current }, shown, onDismiss }: Props) {
  // The newer of the two: the page may show the case as it was for a moment after the 409, and the
  // 409's case goes stale once the page shows a later change.
  const status = current && current.version > shown.version ? current.status : shown.status;
  return (
    <div className="alert alert--warning case-conflict" role="alert">
      <p>
        <strong>Someone else changed this case; it now shows their change.</strong> Yours was not saved.{' '}
        <LostWords lost={lost} closed={status === 'closed'} />
      </p>
      {lost.action === 'close' && status === 'closed' && (
        <>
          <p>Your outcome: {OUTCOME_LABELS[lost.outcome]}</p>
          {lost.note && <CopyableText label="Your outcome note, not saved" text={lost.note} />}
        </>
      )}
      {lost.action === 'reopen' && status !== 'closed' && (
        <CopyableText label="Your reason to reopen, not saved" text={lost.reason} />
      )}
      <Button small onClick={onDismiss}>
        Dismiss
      </Button>
    </div>
  );
}

function LostWords({ lost, closed }: { lost: LostChange; closed: boolean }) {
  switch (lost.action) {
    case 'close':
      return closed
        ? 'It is already closed. What you chose is below, to copy.'
        : 'Your outcome and note are still in the form: close it again if still needed.';
    case 'reopen':
      return closed
        ? 'Your reason is still in the form: reopen it again if still needed.'
        : 'It is already open again. Your reason is below, to copy.';
    case 'acknowledge-or-assign':
      return 'Try again if still needed.';
  }
}

function CopyableText({ label, text }: { label: string; text: string }) {
  return (
    <label>
      {label}
      <textarea readOnly rows={3} value={text} />
    </label>
  );
}
