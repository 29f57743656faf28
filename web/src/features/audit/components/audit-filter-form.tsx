import { AUDIT_ACTION_LABELS, KNOWN_AUDIT_ACTIONS } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Options } from '../../../components/ui/options';
import { type AuditFilters, auditCsvUrl } from '../api/get-audit';

const ACTION_OPTIONS = [...KNOWN_AUDIT_ACTIONS].sort((a, b) =>
  AUDIT_ACTION_LABELS[a].localeCompare(AUDIT_ACTION_LABELS[b], 'en-GB'),
);

type Props = { filters: AuditFilters; onApply: (filters: AuditFilters) => void };

/** Who, what and when to show, applied with Filter; the CSV link exports what is shown now. */
export function AuditFilterForm({ filters, onApply }: Props) {
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
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
      <Button type="submit" variant="primary">
        Filter
      </Button>
      <a className="button" href={auditCsvUrl(filters)} download>
        Export these entries as CSV
      </a>
    </form>
  );
}
