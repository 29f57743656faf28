import type { SourceView } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { formatTime, STATE_LABELS } from './format';
import { Button } from '../../../components/ui/button';

type Props = { source: SourceView };

export function SourceName({ source }: Props) {
  return (
    <>
      {source.name} <span className="muted">({source.kind})</span>
      {source.isDemo && <span className="chip chip--demo"> Demo data</span>}
    </>
  );
}

const toneOf = ({ health }: SourceView) =>
  health.state === 'active'
    ? health.lastRunStatus === 'failed'
      ? 'bad'
      : 'good'
    : health.state === 'rate_limited'
      ? 'pending'
      : 'muted';

export function SourceStatus({ source }: Props) {
  const { health } = source;
  return (
    <>
      <span className={`badge badge--${toneOf(source)}`}>{STATE_LABELS[health.state]}</span>
      {health.lastRunStatus && <span className="muted"> last run: {health.lastRunStatus.replace('_', ' ')}</span>}
    </>
  );
}

export function SourceLastError({ source: { health } }: Props) {
  if (!health.lastError) return '—';
  return (
    <>
      {formatTime(health.lastErrorAt)}: <span className="error-text">{health.lastError}</span>
    </>
  );
}

type IntervalProps = Props & { pending: boolean; error: string | undefined; onSave: (seconds: number) => void };

export function PollIntervalForm({ source, pending, error, onSave }: IntervalProps) {
  const [interval, setInterval] = useState(String(source.pollIntervalSeconds));
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSave(Number(interval));
  };
  return (
    <>
      <form onSubmit={handleSubmit} className="inline-form">
        <input
          type="number"
          min={10}
          max={86400}
          value={interval}
          onChange={(e) => setInterval(e.target.value)}
          aria-label={`Poll interval in seconds for ${source.name}`}
        />
        <Button type="submit" disabled={pending} aria-label={`Save poll interval for ${source.name}`}>
          Save
        </Button>
      </form>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </>
  );
}
