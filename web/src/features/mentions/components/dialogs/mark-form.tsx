import { CATEGORY_CODES, type CategoryCode, type MarkKind } from '@ou-listening/shared';
import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { Dialog } from '../../../../components/ui/dialog';
import { type Danger, DangerConfirm } from './danger-confirm';
import { DialogActions } from './dialog-actions';
import { Failure, type FailureProps } from './failure';
import { CategoryCorrection, MarkKindChoices, markForKey } from './mark-choices';
import { submitOnEnter } from './submit-on-enter';

export type MarkValues = { mark: MarkKind; categories?: CategoryCode[]; note?: string };

type Props = {
  title: string;
  submitLabel: string;
  /** the categories the classifier gave, offered for correction; absent for bulk marks */
  categories?: CategoryCode[];
  /** set for a pinned safeguarding or threat mention: the note becomes a required reason, confirmed with a tick */
  danger?: Danger;
  isPending: boolean;
  failure: FailureProps;
  onSubmit: (values: MarkValues) => void;
  onClose: () => void;
};

export function MarkForm({ title, submitLabel, categories, danger, isPending, failure, onSubmit, onClose }: Props) {
  const [mark, setMark] = useState<MarkKind | null>(null);
  const [chosen, setChosen] = useState<CategoryCode[]>(categories ?? []);
  const [note, setNote] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const ready = mark !== null && (!danger || (confirmed && note.trim() !== ''));

  const handleToggle = (code: CategoryCode) =>
    setChosen((current) => (current.includes(code) ? current.filter((c) => c !== code) : [...current, code]));
  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const byKey = markForKey(event);
    if (byKey) {
      event.preventDefault();
      setMark(byKey);
      event.currentTarget.querySelector<HTMLInputElement>(`input[name="mark"][value="${byKey}"]`)?.focus();
    } else submitOnEnter(event);
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!mark || !ready) return;
    const changed = categories && (chosen.length !== categories.length || chosen.some((c) => !categories.includes(c)));
    const corrected = changed ? CATEGORY_CODES.filter((c) => chosen.includes(c)) : undefined;
    onSubmit({ mark, categories: corrected, note: note.trim() || undefined });
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <form className="dialog__form" onSubmit={handleSubmit} onKeyDown={handleKeyDown}>
        <MarkKindChoices mark={mark} onChange={setMark} />
        {categories && <CategoryCorrection chosen={chosen} onToggle={handleToggle} />}
        <label>
          {danger ? 'Reason (required: this mention is pinned)' : 'Note (optional)'}
          <textarea rows={2} required={!!danger} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {danger && <DangerConfirm danger={danger} confirmed={confirmed} onChange={setConfirmed} />}
        <Failure {...failure} />
        <DialogActions
          submitLabel={submitLabel}
          retrying={failure.conflict !== null}
          disabled={isPending || !ready}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
