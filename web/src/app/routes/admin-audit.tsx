import { AUDIT_ACTION_LABELS, KNOWN_AUDIT_ACTIONS } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Page } from '../../components/ui/page';
import { type AuditFilters, auditCsvUrl, useAudit } from '../../features/audit/api/get-audit';
import { AuditTable } from '../../features/audit/components/audit-table';
import { VerifyChain } from '../../features/audit/components/verify-chain';
import { Options } from '../../components/ui/options';
import { ErrorAlert } from '../../components/ui/error-alert';

const FILTER_NAMES = ['actor', 'action', 'from', 'to'] as const;

const ACTION_OPTIONS = [...KNOWN_AUDIT_ACTIONS].sort((a, b) =>
  AUDIT_ACTION_LABELS[a].localeCompare(AUDIT_ACTION_LABELS[b], 'en-GB'),
);

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
      <p className="muted">Every sign-in, sign-out and change, each row chained to the one before by a keyed hash.</p>
      <VerifyChain />
      <form className="card form-row" onSubmit={handleSubmit} aria-label="Filter the audit log">
        <label>
          Who (name or email)
          <input value={draft.actor ?? ''} onChange={(e) => setDraft({ ...draft, actor: e.target.value })} />
        </label>
        <label>
          Action
          <select value={draft.action ?? ''} onChange={(e) => setDraft({ ...draft, action: e.target.value })}>
            <option value="">Any action</option>
            <Options values={ACTION_OPTIONS} labels={AUDIT_ACTION_LABELS} />
          </select>
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
        <a className="button" href={auditCsvUrl(filters)} download>
          Export these entries as CSV
        </a>
      </form>
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
        <button
          type="button"
          className="button"
          onClick={() => void audit.fetchNextPage()}
          disabled={audit.isFetchingNextPage}
        >
          {audit.isFetchingNextPage ? 'Loading…' : 'Load older entries'}
        </button>
      )}
    </Page>
  );
}
