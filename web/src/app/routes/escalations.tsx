import { useSearchParams } from 'react-router';
import { Page } from '../../components/ui/page';
import type { EscalationFilters } from '../../features/escalations/api/escalation-keys';
import { useEscalations } from '../../features/escalations/api/get-escalations';
import { EscalationFilterForm } from '../../features/escalations/components/escalation-filter-form';
import { EscalationsTable } from '../../features/escalations/components/escalations-table';
import { InboxFigures } from '../../features/escalations/components/inbox-figures';
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
      <EscalationFilterForm filters={filters} onChange={handleFilter} />
      {escalations.isPending && <p className="loading">Loading escalations…</p>}
      {escalations.isError && <ErrorAlert>Could not load escalations: {escalations.error.message}</ErrorAlert>}
      {escalations.data && <EscalationsTable escalations={escalations.data} />}
    </Page>
  );
}
