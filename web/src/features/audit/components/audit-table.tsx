import { type AuditEntryView, auditActionLabel } from '@ou-listening/shared';
import { Link } from 'react-router';
import { formatUkTime } from '../../../lib/uk-time';
import { describeDetails } from '../describe-details';

type Props = { entries: AuditEntryView[] };

function Target({ entry }: { entry: AuditEntryView }) {
  if (!entry.targetType) return <>—</>;
  if (entry.targetType === 'escalation' && entry.targetId)
    return <Link to={`/escalations/${entry.targetId}`}>Case #{entry.targetId}</Link>;
  if (entry.targetType === 'user') return <>{entry.targetName ?? 'a deleted user'}</>;
  return (
    <>
      {entry.targetType.replace(/_/g, ' ')} {entry.targetId ?? ''}
    </>
  );
}

export function AuditTable({ entries }: Props) {
  if (entries.length === 0) return <p className="empty">No audit entries match these filters.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Audit entries">
      <table className="table table--dense audit-table">
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
          {entries.map((entry) => {
            const details = describeDetails(entry.details);
            return (
              <tr key={entry.id}>
                <td>{formatUkTime(entry.at, { time: 'medium' })}</td>
                <td>
                  {entry.actorName ?? entry.actorEmail ?? 'The system'}
                  {entry.actorName && entry.actorEmail && <div className="muted">{entry.actorEmail}</div>}
                </td>
                <td title={entry.action}>{auditActionLabel(entry.action)}</td>
                <td>
                  <Target entry={entry} />
                </td>
                <td className="cell--details">
                  {details.length === 0 ? (
                    '—'
                  ) : (
                    <ul className="audit-details">
                      {details.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{entry.ip ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
