import { type FormEvent, useId, useState } from 'react';
import { useSetLegalHold } from '../api/set-legal-hold';
import { ErrorAlert } from '../../../components/ui/error-alert';

type Props = { escalationId: string; held: boolean };

/** Put the case on legal hold, or release it, with a reason: nothing held is deleted by any rule. */
export function LegalHold({ escalationId, held }: Props) {
  const hold = useSetLegalHold();
  const [reason, setReason] = useState('');
  const fieldId = useId();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    hold.mutate(
      { id: escalationId, change: { held: !held, reason: reason.trim() } },
      { onSuccess: () => setReason('') },
    );
  };

  return (
    <section className="card" aria-label="Legal hold">
      <p>
        {held
          ? 'Under a legal hold: retention, erasure and platform deletions keep this case and its evidence.'
          : 'Not under a legal hold: this case is deleted 6 years after it closes.'}
      </p>
      <form className="form-row" onSubmit={handleSubmit}>
        <label htmlFor={fieldId}>{held ? 'Reason to release' : 'Reason for the hold'}</label>
        <input id={fieldId} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} required />
        <button type="submit" className="button" disabled={hold.isPending}>
          {held ? 'Release hold' : 'Put on legal hold'}
        </button>
      </form>
      {hold.error && <ErrorAlert>{hold.error.message}</ErrorAlert>}
    </section>
  );
}
