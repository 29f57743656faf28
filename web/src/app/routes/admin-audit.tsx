import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Page } from '../../components/ui/page';
import { type AuditFilters, useAudit } from '../../features/audit/api/get-audit';
import { AuditTable } from '../../features/audit/components/audit-table';

const FILTER_NAMES = ['actor', 'action', 'from', 'to'] as const;

/** Filters live in the URL so a view of the log can be bookmarked and shared. */
export function AdminAuditRoute() {
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, params.get(name) ?? undefined]).filter(([, v]) => v),
  );
  const audit = useAudit(filters);
  const [draft, setDraft] = useState<AuditFilters>(filters);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const name of FILTER_NAMES) if (draft[name]) next.set(name, draft[name]!);
    setParams(next);
  };

  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Page title="Audit log">
      <p className="muted">Every sign-in, sign-out and change, chained by SHA-256. Verify with npm run audit:verify.</p>
      <form className="card form-row" onSubmit={handleSubmit} aria-label="Filter the audit log">
        <label>
          Actor (email)
          <input value={draft.actor ?? ''} onChange={(e) => setDraft({ ...draft, actor: e.target.value })} />
        </label>
        <label>
          Action
          <input
            placeholder="auth.login_failed"
            value={draft.action ?? ''}
            onChange={(e) => setDraft({ ...draft, action: e.target.value })}
          />
        </label>
        <label>
          From
          <input type="date" value={draft.from ?? ''} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label>
          Before
          <input type="date" value={draft.to ?? ''} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <button type="submit" className="button button--primary">
          Filter
        </button>
      </form>
      {audit.isPending && <p className="loading">Loading the audit log…</p>}
      {audit.isError && (
        <p className="alert alert--error" role="alert">
          Could not load the audit log: {audit.error.message}
        </p>
      )}
      {audit.data && <AuditTable entries={entries} />}
      {audit.hasNextPage && (
        <button
          type="button"
          className="button"
          onClick={() => void audit.fetchNextPage()}
          disabled={audit.isFetchingNextPage}
        >
          Load older entries
        </button>
      )}
    </Page>
  );
}
