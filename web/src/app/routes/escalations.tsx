import { ESCALATION_STATUSES, SEVERITIES } from '@ou-listening/shared';
import { useSearchParams } from 'react-router';
import { Page } from '../../components/ui/page';
import type { EscalationFilters } from '../../features/escalations/api/escalation-keys';
import { useEscalations } from '../../features/escalations/api/get-escalations';
import { EscalationsTable } from '../../features/escalations/components/escalations-table';
import { InboxFigures } from '../../features/escalations/components/inbox-figures';
import { SEVERITY_LABELS, STATUS_LABELS } from '../../features/escalations/labels';
import { Options } from '../../components/ui/options';
import { ErrorAlert } from '../../components/ui/error-alert';

/**
 * Discipline officers' inbox and landing page: open, urgent and overdue counts and the oldest wait first.
 * Filters live in the URL so a view can be bookmarked.
 */
export function EscalationsRoute() {
  const [params, setParams] = useSearchParams();
  const filters: EscalationFilters = {
    status: params.get('status') ?? 'open,acknowledged',
    severity: params.get('severity') ?? undefined,
    assignee: params.get('assignee') ?? undefined,
  };
  const escalations = useEscalations(filters);

  const handleFilter = (name: keyof EscalationFilters, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };

  return (
    <Page title="Escalations">
      <InboxFigures />
      <form className="card form-row" aria-label="Filter escalations" onSubmit={(e) => e.preventDefault()}>
        <label>
          Status
          <select value={filters.status} onChange={(e) => handleFilter('status', e.target.value)}>
            <option value="open,acknowledged">Open and acknowledged</option>
            <Options values={ESCALATION_STATUSES} labels={STATUS_LABELS} />
            <option value="open,acknowledged,closed">All</option>
          </select>
        </label>
        <label>
          Severity
          <select value={filters.severity ?? ''} onChange={(e) => handleFilter('severity', e.target.value)}>
            <option value="">Any</option>
            <Options values={SEVERITIES} labels={SEVERITY_LABELS} />
          </select>
        </label>
        <label>
          Assignee
          <select value={filters.assignee ?? ''} onChange={(e) => handleFilter('assignee', e.target.value)}>
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="none">Unassigned</option>
          </select>
        </label>
      </form>
      {escalations.isPending && <p className="loading">Loading escalations…</p>}
      {escalations.isError && <ErrorAlert>Could not load escalations: {escalations.error.message}</ErrorAlert>}
      {escalations.data && <EscalationsTable escalations={escalations.data} />}
    </Page>
  );
}
