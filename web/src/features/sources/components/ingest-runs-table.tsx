import type { IngestRunView } from '@ou-listening/shared';
import { formatTime } from './format';

type Props = { runs: IngestRunView[] };

export function IngestRunsTable({ runs }: Props) {
  if (runs.length === 0) return <p>No ingest runs yet. Enabled sources are polled at their interval.</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>Recent ingest runs</caption>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
            <th scope="col">Fetched</th>
            <th scope="col">Inserted</th>
            <th scope="col">Duplicates</th>
            <th scope="col">Quarantined</th>
            <th scope="col">Error</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <td>
                <time dateTime={run.startedAt}>{formatTime(run.startedAt)}</time>
              </td>
              <td>{run.sourceName}</td>
              <td>{run.status.replace('_', ' ')}</td>
              <td>{run.fetched}</td>
              <td>{run.inserted}</td>
              <td>{run.duplicates}</td>
              <td>{run.quarantined}</td>
              <td>{run.error ?? (run.retryAt ? `retry ${formatTime(run.retryAt)}` : '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
