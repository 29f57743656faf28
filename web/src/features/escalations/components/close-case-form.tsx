import { ESCALATION_OUTCOMES, type EscalationOutcome, NOTE_MAX_LENGTH } from '@ou-listening/shared';
import { type FormEvent, useId } from 'react';
import { Button } from '../../../components/ui/button';
import { Options } from '../../../components/ui/options';
import { OUTCOME_LABELS } from '../labels';
import { CharacterCount } from '../../../components/ui/character-count';

type Props = {
  outcome: EscalationOutcome | '';
  note: string;
  pending: boolean;
  onOutcome: (outcome: EscalationOutcome) => void;
  onNote: (note: string) => void;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
};

/** Closing a case: an outcome is required, a note is optional (and no longer than the server keeps). */
export function CloseCaseForm({ outcome, note, pending, onOutcome, onNote, onSubmit, onCancel }: Props) {
  const fieldId = useId();
  const tooLong = note.length > NOTE_MAX_LENGTH;
  return (
    <form className="form-column" onSubmit={onSubmit} aria-label="Close this case">
      <label htmlFor={`${fieldId}-outcome`}>Outcome</label>
      <select
        id={`${fieldId}-outcome`}
        required
        value={outcome}
        onChange={(e) => onOutcome(e.target.value as EscalationOutcome)}
      >
        <option value="">Choose an outcome…</option>
        <Options values={ESCALATION_OUTCOMES} labels={OUTCOME_LABELS} />
      </select>
      <label htmlFor={`${fieldId}-note`}>Outcome note</label>
      <textarea
        id={`${fieldId}-note`}
        rows={3}
        aria-describedby={`${fieldId}-count`}
        aria-invalid={tooLong}
        value={note}
        onChange={(e) => onNote(e.target.value)}
      />
      <CharacterCount id={`${fieldId}-count`} length={note.length} max={NOTE_MAX_LENGTH} what="outcome note" />
      <div className="actions">
        <Button type="submit" variant="danger" disabled={!outcome || pending || tooLong}>
          Close case with this outcome
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
