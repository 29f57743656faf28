import { CATEGORY_INFO, type EscalationSummary } from '@ou-listening/shared';
import { Link } from 'react-router';
import { formatUkTime } from '../../../lib/uk-time';
import { SEVERITY_LABELS, STATUS_LABELS } from '../labels';
import '../cases.css';
import { CaseClockLine, OverdueBadge } from './case-clock';

type Props = { escalations: EscalationSummary[] };

const rowClass = (e: EscalationSummary) =>
  [e.status === 'closed' ? 'row--muted' : '', e.clock.overdue && e.status !== 'closed' ? 'case--overdue' : '']
    .filter(Boolean)
    .join(' ') || undefined;

/**
 * The officers' inbox: urgent and open cases first (the server orders them), overdue ones marked.
 * A table on wide screens, cards on narrow ones (CSS chooses; the other is not displayed).
 */
export function EscalationsTable({ escalations }: Props) {
  if (escalations.length === 0) return <p className="empty">No escalations match these filters.</p>;
  return (
    <>
      <table className="table cases-table">
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">Severity</th>
            <th scope="col">Status</th>
            <th scope="col">Waiting</th>
            <th scope="col">Categories</th>
            <th scope="col">Reason</th>
            <th scope="col">Raised</th>
            <th scope="col">Assignee</th>
          </tr>
        </thead>
        <tbody>
          {escalations.map((e) => (
            <tr key={e.id} className={rowClass(e)}>
              <td>
                <Link to={`/escalations/${e.id}`}>Case #{e.id}</Link>
                {e.clock.overdue && e.status !== 'closed' && (
                  <div>
                    <OverdueBadge />
                  </div>
                )}
              </td>
              <td>
                <span className={`severity severity--${e.severity}`}>{SEVERITY_LABELS[e.severity]}</span>
              </td>
              <td>
                {STATUS_LABELS[e.status]}
                {e.reopenedAt && e.status !== 'closed' && <div className="muted">reopened</div>}
              </td>
              <td>
                <CaseClockLine clock={e.clock} closed={e.status === 'closed'} />
              </td>
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
      <ul className="case-cards" aria-label="Cases">
        {escalations.map((e) => (
          <li key={e.id} className={`card case-card ${rowClass(e) ?? ''}`}>
            <div className="case-card__head">
              <Link to={`/escalations/${e.id}`}>Case #{e.id}</Link>
              <span className={`severity severity--${e.severity}`}>{SEVERITY_LABELS[e.severity]}</span>
              <span>{STATUS_LABELS[e.status]}</span>
              {e.clock.overdue && e.status !== 'closed' && <OverdueBadge />}
            </div>
            <p className="case-card__reason">{e.reason}</p>
            <p className="case-card__meta">
              <CaseClockLine clock={e.clock} closed={e.status === 'closed'} />
            </p>
            <p className="case-card__meta muted">
              Raised {formatUkTime(e.createdAt)}
              {e.raisedBy && <> by {e.raisedBy.displayName}</>} · {e.assignee?.displayName ?? 'Unassigned'}
            </p>
            {e.categories.length > 0 && (
              <p className="case-card__chips">
                {e.categories.map((c) => (
                  <span key={c} className={`chip chip--${c}`}>
                    {CATEGORY_INFO[c].label}
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
