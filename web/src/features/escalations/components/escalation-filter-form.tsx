import { ESCALATION_STATUSES, SEVERITIES } from '@ou-listening/shared';
import { Options } from '../../../components/ui/options';
import type { EscalationFilters as Filters } from '../api/escalation-keys';
import { SEVERITY_LABELS, STATUS_LABELS } from '../labels';

type Props = { filters: Filters; onChange: (name: keyof Filters, value: string) => void };

/** The inbox's filters; each choice applies at once (an empty value means any). */
export function EscalationFilterForm({ filters, onChange }: Props) {
  return (
    <form className="card form-row" aria-label="Filter escalations" onSubmit={(e) => e.preventDefault()}>
      <label>
        Status
        <select value={filters.status} onChange={(e) => onChange('status', e.target.value)}>
          <option value="open,acknowledged">Open and acknowledged</option>
          <Options values={ESCALATION_STATUSES} labels={STATUS_LABELS} />
          <option value="open,acknowledged,closed">All</option>
        </select>
      </label>
      <label>
        Severity
        <select value={filters.severity ?? ''} onChange={(e) => onChange('severity', e.target.value)}>
          <option value="">Any</option>
          <Options values={SEVERITIES} labels={SEVERITY_LABELS} />
        </select>
      </label>
      <label>
        Assignee
        <select value={filters.assignee ?? ''} onChange={(e) => onChange('assignee', e.target.value)}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="none">Unassigned</option>
        </select>
      </label>
    </form>
  );
}
