import { useId } from 'react';
import { useLegalHold } from '../api/get-legal-hold';
import { useSetLegalHold } from '../api/set-legal-hold';
import { formatUkTime } from '../../../lib/uk-time';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useRequiredText } from '../../../lib/use-required-text';
import { Button } from '../../../components/ui/button';

type Props = {
  escalationId: string;
  held: boolean;
  /** the release carried out an erasure that was waiting: the case is gone */
  onErased: () => void;
};

/** Put the case on legal hold, or release it, with a reason: nothing held is deleted by any rule. */
export function LegalHold({ escalationId, held, onErased }: Props) {
  const hold = useSetLegalHold();
  const view = useLegalHold(escalationId);
  const pendingSince = view.data?.erasurePendingSince ?? null;
  const fieldId = useId();
  const reason = useRequiredText((text, clear) =>
    hold.mutate(
      { id: escalationId, change: { held: !held, reason: text } },
      {
        onSuccess: (view) => {
          clear();
          if (view.erased) onErased();
        },
      },
    ),
  );

  return (
    <section className="card" aria-label="Legal hold">
      <p>
        {held
          ? 'Under a legal hold: retention, erasure and platform deletions keep this case and its evidence.'
          : 'Not under a legal hold: this case is deleted 6 years after it closes.'}
      </p>
      {held && pendingSince && (
        <p className="alert alert--warning">
          An erasure of this post’s author was asked for on {formatUkTime(pendingSince)} and waits for this hold.
          Releasing the hold carries it out: this case and its post are deleted.
        </p>
      )}
      <form className="form-row" onSubmit={reason.handleSubmit}>
        <label htmlFor={fieldId}>{held ? 'Reason to release' : 'Reason for the hold'}</label>
        <input
          id={fieldId}
          value={reason.text}
          onChange={(e) => reason.setText(e.target.value)}
          maxLength={1000}
          required
        />
        <Button type="submit" disabled={hold.isPending}>
          {held ? 'Release hold' : 'Put on legal hold'}
        </Button>
      </form>
      {hold.error && <ErrorAlert>{hold.error.message}</ErrorAlert>}
    </section>
  );
}
