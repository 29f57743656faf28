import type { SourceView } from '@ou-listening/shared';
import { useState } from 'react';
import { useUpdateSource } from '../api/update-source';
import { formatTime, STATE_LABELS } from './format';

type Props = { sources: SourceView[] };

/** Each source with its health at a glance, and the two settings admins change. */
export function SourcesTable({ sources }: Props) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>Sources</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
            <th scope="col">Last success</th>
            <th scope="col">Last error</th>
            <th scope="col">Next poll</th>
            <th scope="col">Enabled</th>
            <th scope="col">Poll every (s)</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <SourceRow key={source.id} source={source} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SourceRow({ source }: { source: SourceView }) {
  const update = useUpdateSource();
  const [interval, setInterval] = useState(String(source.pollIntervalSeconds));
  const { health } = source;
  const tone =
    health.state === 'active'
      ? health.lastRunStatus === 'failed'
        ? 'bad'
        : 'good'
      : health.state === 'rate_limited'
        ? 'pending'
        : 'muted';

  const handleToggle = () => update.mutate({ id: source.id, enabled: !source.enabled });
  const handleIntervalSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    update.mutate({ id: source.id, pollIntervalSeconds: Number(interval) });
  };

  return (
    <tr>
      <th scope="row">
        {source.name} <span className="muted">({source.kind})</span>
        {source.isDemo && <span className="chip chip--demo"> Demo data</span>}
      </th>
      <td>
        <span className={`badge badge--${tone}`}>{STATE_LABELS[health.state]}</span>
        {health.lastRunStatus && <span className="muted"> last run: {health.lastRunStatus.replace('_', ' ')}</span>}
      </td>
      <td>{formatTime(health.lastSuccessAt)}</td>
      <td>
        {health.lastError ? (
          <>
            {formatTime(health.lastErrorAt)}: <span className="error-text">{health.lastError}</span>
          </>
        ) : (
          '—'
        )}
      </td>
      <td>{formatTime(health.nextPollAt)}</td>
      <td>
        <input
          type="checkbox"
          checked={source.enabled}
          onChange={handleToggle}
          disabled={update.isPending}
          aria-label={`Enabled: ${source.name}`}
        />
      </td>
      <td>
        <form onSubmit={handleIntervalSubmit} className="inline-form">
          <input
            type="number"
            min={10}
            max={86400}
            value={interval}
            onChange={(e) => setInterval(e.target.value)}
            aria-label={`Poll interval in seconds for ${source.name}`}
          />
          <button
            type="submit"
            className="button"
            disabled={update.isPending}
            aria-label={`Save poll interval for ${source.name}`}
          >
            Save
          </button>
        </form>
        {update.isError && (
          <p role="alert" className="error-text">
            {update.error.message}
          </p>
        )}
      </td>
    </tr>
  );
}
