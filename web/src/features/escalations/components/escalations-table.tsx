import { CATEGORY_INFO, type EscalationSummary } from '@ou-listening/shared';
import { Link } from 'react-router';
import { formatUkTime } from '../../../lib/uk-time';
import { SEVERITY_LABELS, STATUS_LABELS } from '../labels';

type Props = { escalations: EscalationSummary[] };

/** The officers' inbox: urgent and open cases first (the server orders them). */
export function EscalationsTable({ escalations }: Props) {
  if (escalations.length === 0) return <p className="empty">No escalations match these filters.</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Case</th>
          <th scope="col">Severity</th>
          <th scope="col">Status</th>
          <th scope="col">Categories</th>
          <th scope="col">Reason</th>
          <th scope="col">Raised</th>
          <th scope="col">Assignee</th>
        </tr>
      </thead>
      <tbody>
        {escalations.map((e) => (
          <tr key={e.id} className={e.status === 'closed' ? 'row--muted' : undefined}>
            <td>
              <Link to={`/escalations/${e.id}`}>Case #{e.id}</Link>
            </td>
            <td>
              <span className={`severity severity--${e.severity}`}>{SEVERITY_LABELS[e.severity]}</span>
            </td>
            <td>{STATUS_LABELS[e.status]}</td>
            <td>
              {e.categories.map((c) => (
                <span key={c} className={`chip chip--${c}`}>
                  {CATEGORY_INFO[c].label}
                </span>
              ))}
            </td>
            <td>{e.reason}</td>
            <td>
              {formatUkTime(e.createdAt)}
              {e.raisedBy && <div className="muted">by {e.raisedBy.displayName}</div>}
            </td>
            <td>{e.assignee?.displayName ?? 'Unassigned'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
