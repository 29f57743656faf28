import { CATEGORY_INFO, type EscalationDetail, personName } from '@ou-listening/shared';
import { formatUkTime } from '../../../lib/uk-time';
import { OUTCOME_LABELS, SEVERITY_LABELS, STATUS_LABELS } from '../labels';
import { CaseClockFacts } from './case-clock';

type Props = { escalation: EscalationDetail };

/** Where a case stands: status, severity, its clock, why it was raised, by whom, and how it ended. */
export function CaseSummary({ escalation: e }: Props) {
  const closed = e.status === 'closed';
  return (
    <section className="card" aria-label="Case summary">
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <strong>{STATUS_LABELS[e.status]}</strong>
          {e.reopenedAt && <span className="muted"> · reopened {formatUkTime(e.reopenedAt)}</span>}
        </dd>
        <dt>Severity</dt>
        <dd>
          <span className={`severity severity--${e.severity}`}>{SEVERITY_LABELS[e.severity]}</span>
        </dd>
        <CaseClockFacts clock={e.clock} closed={closed} />
        <dt>Categories at escalation</dt>
        <dd>{e.categories.map((c) => CATEGORY_INFO[c].label).join(', ') || 'None'}</dd>
        <dt>Reason</dt>
        <dd>{e.reason}</dd>
        <dt>Raised</dt>
        <dd>
          {formatUkTime(e.createdAt)} by {e.raisedBy?.displayName ?? 'a former user'}
        </dd>
        <dt>Assignee</dt>
        <dd>{personName(e.assignee)}</dd>
        {e.outcome && (
          <>
            <dt>Outcome</dt>
            <dd>
              {OUTCOME_LABELS[e.outcome]}
              {e.outcomeNote && <div>{e.outcomeNote}</div>}
              {e.closedAt && <div className="muted">Closed {formatUkTime(e.closedAt)}</div>}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
