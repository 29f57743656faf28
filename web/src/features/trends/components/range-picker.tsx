import type { TrendInterval, TrendRange } from '@ou-listening/shared';
import { type FormEvent, useId, useState } from 'react';
import { londonToday, RANGE_PRESETS, rangeProblem } from '../range';
import type { TrendRangeState } from '../hooks/use-trend-range';
import { SelectField } from '../../../components/ui/select-field';
import { Button } from '../../../components/ui/button';

/** The range as `useTrendRange` keeps it in the URL, and its three ways to change it. */
type Props = TrendRangeState;

/** The custom range's two days, which stop at today: there are no figures for later days yet. */
const END_LABELS = { from: 'From', to: 'To' } as const;

/** The chart's buckets, in the order offered. */
const INTERVAL_LABELS: Readonly<Record<TrendInterval, string>> = { day: 'Daily', week: 'Weekly', month: 'Monthly' };

export function RangePicker(props: Props) {
  const { preset, range, interval, addressProblem, choosePreset, chooseCustom, chooseInterval } = props;
  const errorId = useId();
  const [draft, setDraft] = useState<TrendRange>(range);
  const [error, setError] = useState<string | null>(null);

  // A range the server would refuse is never applied: the charts keep the range they show.
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problem = rangeProblem(draft, londonToday());
    setError(problem);
    if (!problem) chooseCustom(draft);
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
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => setDraft({ ...draft, [end]: e.target.value })}
            />
          </label>
        ))}
        <Button type="submit" variant={preset === 'custom' ? 'primary' : 'default'}>
          Apply dates
        </Button>
        <SelectField label="Interval" value={interval} options={INTERVAL_LABELS} onChange={chooseInterval} />
      </form>
      {addressProblem && (
        <p className="alert alert--warning" role="status">
          {addressProblem}
        </p>
      )}
      {/* not ErrorAlert, which takes no id: the date fields name this message */}
      {error && (
        <p id={errorId} className="alert alert--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
