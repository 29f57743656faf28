import { CATEGORY_CODES, CATEGORY_INFO, type CategoryCode, MARK_KINDS, type MarkKind } from '@ou-listening/shared';
import { MARK_LABELS } from '../format';

type KindProps = { mark: MarkKind | null; onChange: (mark: MarkKind) => void };

/** The marks, each with its number key (1–4 choose it anywhere in the dialog). */
export function MarkKindChoices({ mark, onChange }: KindProps) {
  return (
    <fieldset className="dialog__fieldset">
      <legend>Mark as (keys 1–4, Enter saves)</legend>
      {MARK_KINDS.map((kind, index) => (
        <label key={kind} className="choice">
          <input type="radio" name="mark" value={kind} checked={mark === kind} onChange={() => onChange(kind)} />
          {MARK_LABELS[kind]} <kbd aria-hidden="true">{index + 1}</kbd>
        </label>
      ))}
    </fieldset>
  );
}

type CategoryProps = { chosen: CategoryCode[]; onToggle: (code: CategoryCode) => void };

export function CategoryCorrection({ chosen, onToggle }: CategoryProps) {
  return (
    <fieldset className="dialog__fieldset">
      <legend>Categories (correct them if the classifier was wrong)</legend>
      {CATEGORY_CODES.map((code) => (
        <label key={code} className="choice">
          <input type="checkbox" checked={chosen.includes(code)} onChange={() => onToggle(code)} />
          {CATEGORY_INFO[code].label}
        </label>
      ))}
    </fieldset>
  );
}

/** The mark a number key names, when the key is pressed outside a text field. */
export function markForKey(event: { key: string; target: EventTarget | null }): MarkKind | null {
  if (event.target instanceof HTMLTextAreaElement) return null;
  const index = Number(event.key) - 1;
  return /^[1-4]$/.test(event.key) ? (MARK_KINDS[index] ?? null) : null;
}
