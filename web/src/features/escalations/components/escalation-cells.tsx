import { CATEGORY_INFO, type EscalationSummary, personName } from '@ou-listening/shared';
import { Link } from 'react-router';
import { formatUkTime } from '../../../lib/uk-time';
import { SEVERITY_LABELS, STATUS_LABELS } from '../labels';
import { CaseClockLine, OverdueBadge } from './case-clock';

type Props = { escalation: EscalationSummary };

export const isOverdue = (e: EscalationSummary) => e.clock.overdue && e.status !== 'closed';

export function CaseLink({ escalation: e }: Props) {
  return <Link to={`/escalations/${e.id}`}>Case #{e.id}</Link>;
}

export function Severity({ escalation: e }: Props) {
  return <span className={`severity severity--${e.severity}`}>{SEVERITY_LABELS[e.severity]}</span>;
}

export function CategoryChips({ escalation: e }: Props) {
  return e.categories.map((c) => (
    <span key={c} className={`chip chip--${c}`}>
      {CATEGORY_INFO[c].label}
    </span>
  ));
}

/** The same case as a card, for a phone. */
export function CaseCard({ escalation: e }: Props) {
  return (
    <>
      <div className="case-card__head">
        <CaseLink escalation={e} />
        <Severity escalation={e} />
        <span>{STATUS_LABELS[e.status]}</span>
        {isOverdue(e) && <OverdueBadge />}
      </div>
      <p className="case-card__reason">{e.reason}</p>
      <p className="case-card__meta">
        <CaseClockLine clock={e.clock} closed={e.status === 'closed'} />
      </p>
      <p className="case-card__meta muted">
        Raised {formatUkTime(e.createdAt)}
        {e.raisedBy && <> by {e.raisedBy.displayName}</>} · {personName(e.assignee)}
      </p>
      {e.categories.length > 0 && (
        <p className="case-card__chips">
          <CategoryChips escalation={e} />
        </p>
      )}
    </>
  );
}
