import { ESCALATION_STATUSES, SEVERITIES } from '@ou-listening/shared';
import type { ReactNode } from 'react';
import { Options } from '../../../components/ui/options';
import type { EscalationFilters as Filters } from '../api/escalation-keys';
import { SEVERITY_LABELS, STATUS_LABELS } from '../labels';

type Props = { filters: Filters; onChange: (name: keyof Filters, value: string) => void };

/** The inbox's filters; each choice applies at once (an empty value means any). */
export function EscalationFilterForm(props: Props) {
  return (
    <form className="card form-row" aria-label="Filter escalations" onSubmit={(e) => e.preventDefault()}>
      <Filter {...props} name="status" label="Status">
        <option value="open,acknowledged">Open and acknowledged</option>
        <Options values={ESCALATION_STATUSES} labels={STATUS_LABELS} />
        <option value="open,acknowledged,closed">All</option>
      </Filter>
      <Filter {...props} name="severity" label="Severity">
        <option value="">Any</option>
        <Options values={SEVERITIES} labels={SEVERITY_LABELS} />
      </Filter>
      <Filter {...props} name="assignee" label="Assignee">
        <option value="">Anyone</option>
        <option value="me">Me</option>
        <option value="none">Unassigned</option>
      </Filter>
    </form>
  );
}

/** One filter: a labelled select over one of the filters. */
function Filter({
  filters,
  onChange,
  name,
  label,
  children,
}: Props & { name: keyof Filters; label: string; children: ReactNode }) {
  return (
    <label>
      {label}
      <select value={filters[name] ?? ''} onChange={(e) => onChange(name, e.target.value)}>
        {children}
      </select>
    </label>
  );
}
