import { useEffect, useId, useState } from 'react';
import { datesOutOfOrder } from '../../../lib/uk-time';
import type { QueueFilters as Filters } from '../filters';

type Dates = Pick<Filters, 'from' | 'to'>;
const LABELS = { from: 'From', to: 'To' } as const;
type Props = Dates & { onChange: (dates: Dates) => void };

/**
 * From and To. Each day goes to the URL as it is picked, unless it would put the end before the
 * start: then the fields say so and the list keeps the days it had, rather than failing to load.
 */
export function QueueFilterDates({ from, to, onChange }: Props) {
  const errorId = useId();
  const [draft, setDraft] = useState<Dates>({ from, to });
  useEffect(() => setDraft({ from, to }), [from, to]);
  const outOfOrder = datesOutOfOrder(draft.from, draft.to);

  const handleChange = (end: keyof Dates, value: string) => {
    const next = { ...draft, [end]: value || null };
    setDraft(next);
    if (!datesOutOfOrder(next.from, next.to)) onChange(next);
  };

  const invalidProps = outOfOrder ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
  return (
    <>
      {(['from', 'to'] as const).map((end) => (
        <label key={end}>
          {LABELS[end]}
          <input
            type="date"
            value={draft[end] ?? ''}
            {...invalidProps}
            onChange={(e) => handleChange(end, e.target.value)}
          />
        </label>
      ))}
      {/* not ErrorAlert, which takes no id: the date fields name this message */}
      {outOfOrder && (
        <p id={errorId} className="alert alert--error" role="alert">
          The end date is before the start date: pick an end on or after the start. The list keeps the dates it had.
        </p>
      )}
    </>
  );
}
