import type { TrendInterval, TrendRange } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { londonToday, RANGE_PRESETS, type RangePreset } from '../range';
import { SelectField } from '../../../components/ui/select-field';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Button } from '../../../components/ui/button';

type Props = {
  preset: RangePreset;
  range: TrendRange;
  interval: TrendInterval;
  onPreset: (preset: Exclude<RangePreset, 'custom'>) => void;
  onCustom: (range: TrendRange) => void;
  onInterval: (interval: TrendInterval) => void;
};

/** The chart's buckets, in the order offered. */
const INTERVAL_LABELS: Readonly<Record<TrendInterval, string>> = { day: 'Daily', week: 'Weekly', month: 'Monthly' };

export function RangePicker({ preset, range, interval, onPreset, onCustom, onInterval }: Props) {
  const [draft, setDraft] = useState<TrendRange>(range);
  const [error, setError] = useState<string | null>(null);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.from || !draft.to) return setError('Choose both dates.');
    if (draft.from > draft.to) return setError('The start date must not be after the end date.');
    if (draft.to > londonToday()) return setError('The end date must not be after today: there are no figures yet.');
    setError(null);
    onCustom(draft);
  };

  return (
    <div className="card range-picker">
      <div role="group" aria-label="Date range" className="range-picker__presets">
        {RANGE_PRESETS.map((days) => (
          <Button
            key={days}
            variant={preset === days ? 'primary' : 'default'}
            aria-pressed={preset === days}
            onClick={() => onPreset(days)}
          >
            Last {days} days
          </Button>
        ))}
      </div>
      <form className="form-row" onSubmit={handleSubmit} aria-label="Custom range">
        <label>
          From
          <input
            type="date"
            max={londonToday()}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </label>
        <label>
          To
          <input
            type="date"
            max={londonToday()}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </label>
        <Button type="submit" variant={preset === 'custom' ? 'primary' : 'default'}>
          Apply dates
        </Button>
        <SelectField label="Interval" value={interval} options={INTERVAL_LABELS} onChange={onInterval} />
      </form>
      {error && <ErrorAlert>{error}</ErrorAlert>}
    </div>
  );
}
