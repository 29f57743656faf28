import { useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Page } from '../../components/ui/page';
import { type AuditFilters, useAudit } from '../../features/audit/api/get-audit';
import { AuditFilterForm } from '../../features/audit/components/audit-filter-form';
import { AuditTable } from '../../features/audit/components/audit-table';
import { VerifyChain } from '../../features/audit/components/verify-chain';

const FILTER_NAMES = ['actor', 'action', 'from', 'to'] as const;

/** Filters live in the URL so a view of the log can be bookmarked and shared. */
export function AdminAuditRoute() {
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, params.get(name) ?? undefined]).filter(([, v]) => v),
  );
  const audit = useAudit(filters);

  const handleApply = (draft: AuditFilters) => {
    const next = new URLSearchParams();
    for (const name of FILTER_NAMES) if (draft[name]) next.set(name, draft[name]!);
    setParams(next);
  };

  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Page title="Audit log">
      <p className="muted">Every sign-in, sign-out and change, each row chained to the one before by a keyed hash.</p>
      <VerifyChain />
      <AuditFilterForm filters={filters} onApply={handleApply} />
      {audit.isPending && <p className="loading">Loading the audit log…</p>}
      {audit.isError && <ErrorAlert>Could not load the audit log: {audit.error.message}</ErrorAlert>}
      {audit.data && <AuditTable entries={entries} />}
      {audit.data && entries.length > 0 && (
        <p className="muted" role="status">
          Showing the newest {entries.length} {entries.length === 1 ? 'entry' : 'entries'}
          {audit.hasNextPage ? '; older ones follow.' : ', all that match.'}
        </p>
      )}
      {audit.hasNextPage && (
        <Button onClick={() => void audit.fetchNextPage()} disabled={audit.isFetchingNextPage}>
          {audit.isFetchingNextPage ? 'Loading…' : 'Load older entries'}
        </Button>
      )}
    </Page>
  );
}
