import type { TrendInterval, TrendRange } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { londonToday, RANGE_PRESETS } from '../range';
import type { TrendRangeState } from '../hooks/use-trend-range';
import { SelectField } from '../../../components/ui/select-field';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Button } from '../../../components/ui/button';

/** The range as `useTrendRange` keeps it in the URL, and its three ways to change it. */
type Props = TrendRangeState;

/** The custom range's two days, which stop at today: there are no figures for later days yet. */
const END_LABELS = { from: 'From', to: 'To' } as const;

/** The chart's buckets, in the order offered. */
const INTERVAL_LABELS: Readonly<Record<TrendInterval, string>> = { day: 'Daily', week: 'Weekly', month: 'Monthly' };

export function RangePicker({ preset, range, interval, choosePreset, chooseCustom, chooseInterval }: Props) {
  const [draft, setDraft] = useState<TrendRange>(range);
  const [error, setError] = useState<string | null>(null);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.from || !draft.to) return setError('Choose both dates.');
    if (draft.from > draft.to) return setError('The start date must not be after the end date.');
    if (draft.to > londonToday()) return setError('The end date must not be after today: there are no figures yet.');
    setError(null);
    chooseCustom(draft);
  };

  return (
    <div className="card range-picker">
      <div role="group" aria-label="Date range" className="range-picker__presets">
        {RANGE_PRESETS.map((days) => (
          <Button
            key={days}
            variant={preset === days ? 'primary' : 'default'}
            aria-pressed={preset === days}
            onClick={() => choosePreset(days)}
          >
            Last {days} days
          </Button>
        ))}
      </div>
      <form className="form-row" onSubmit={handleSubmit} aria-label="Custom range">
        {(['from', 'to'] as const).map((end) => (
          <label key={end}>
            {END_LABELS[end]}
            <input
              type="date"
              max={londonToday()}
              value={draft[end]}
              onChange={(e) => setDraft({ ...draft, [end]: e.target.value })}
            />
          </label>
        ))}
        <Button type="submit" variant={preset === 'custom' ? 'primary' : 'default'}>
          Apply dates
        </Button>
        <SelectField label="Interval" value={interval} options={INTERVAL_LABELS} onChange={chooseInterval} />
      </form>
      {error && <ErrorAlert>{error}</ErrorAlert>}
    </div>
  );
}
