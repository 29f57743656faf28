import { CATEGORY_INFO, type MentionDetail } from '@ou-listening/shared';
import { reasonLabel } from '../../../../components/ui/evidence-text';
import { riskPercent, SEVERITY_LABELS } from '../format';

type Props = { mention: MentionDetail };

export function MentionCategories({ mention }: Props) {
  return (
    <section aria-labelledby="detail-categories">
      <h3 id="detail-categories">Categories</h3>
      {mention.categories.length === 0 ? (
        <p className="muted">No category applies.</p>
      ) : (
        <ul className="detail-list">
          {mention.categories.map((c) => (
            <li key={c.category}>
              <span className={`chip chip--${c.category}`}>{CATEGORY_INFO[c.category].label}</span>{' '}
              {riskPercent(c.score)}% · <span className="muted">Policy {CATEGORY_INFO[c.category].policyRef}</span>
              {c.evidence.length > 0 && (
                <span className="muted">
                  {' '}
                  · found: {[...new Set(c.evidence.map((e) => reasonLabel(e.reason)))].join(', ')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {mention.escalation && (
        <p>
          Escalated: {SEVERITY_LABELS[mention.escalation.severity]} severity, {mention.escalation.status}.
        </p>
      )}
    </section>
  );
}
