import type { AuditEntryView } from '@ou-listening/shared';
import { formatUkTime } from '../../../lib/uk-time';

type Props = { entries: AuditEntryView[] };

export function AuditTable({ entries }: Props) {
  if (entries.length === 0) return <p className="empty">No audit entries match these filters.</p>;
  return (
    <table className="table table--dense">
      <thead>
        <tr>
          <th scope="col">When (UK time)</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">Target</th>
          <th scope="col">Details</th>
          <th scope="col">IP</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>{formatUkTime(entry.at, { time: 'medium' })}</td>
            <td>{entry.actorEmail ?? '—'}</td>
            <td>
              <code>{entry.action}</code>
            </td>
            <td>{entry.targetType ? `${entry.targetType} ${entry.targetId ?? ''}` : '—'}</td>
            <td className="cell--details">
              <code>{JSON.stringify(entry.details)}</code>
            </td>
            <td>{entry.ip ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
