import { type EscalationSummary, personName } from '@ou-listening/shared';
import { type Column, DataTable, type TableLayout } from '../../../components/ui/data-table';
import { formatUkTime } from '../../../lib/uk-time';
import { STATUS_LABELS } from '../labels';
import '../cases.css';
import { CaseClockLine, OverdueBadge } from './case-clock';
import { CaseCard, CaseLink, CategoryChips, isOverdue, Severity } from './escalation-cells';

type Props = { escalations: EscalationSummary[] };

const rowClass = (e: EscalationSummary) =>
  [e.status === 'closed' ? 'row--muted' : '', isOverdue(e) ? 'case--overdue' : ''].filter(Boolean).join(' ') ||
  undefined;

const COLUMNS: Column<EscalationSummary>[] = [
  {
    key: 'case',
    header: 'Case',
    cell: (e) => (
      <>
        <CaseLink escalation={e} />
        {isOverdue(e) && (
          <div>
            <OverdueBadge />
          </div>
        )}
      </>
    ),
  },
  { key: 'severity', header: 'Severity', cell: (e) => <Severity escalation={e} /> },
  {
    key: 'status',
    header: 'Status',
    cell: (e) => (
      <>
        {STATUS_LABELS[e.status]}
        {e.reopenedAt && e.status !== 'closed' && <div className="muted">reopened</div>}
      </>
    ),
  },
  { key: 'waiting', header: 'Waiting', cell: (e) => <CaseClockLine clock={e.clock} closed={e.status === 'closed'} /> },
  { key: 'categories', header: 'Categories', cell: (e) => <CategoryChips escalation={e} /> },
  { key: 'reason', header: 'Reason', cell: (e) => e.reason },
  {
    key: 'raised',
    header: 'Raised',
    cell: (e) => (
      <>
        {formatUkTime(e.createdAt)}
        {e.raisedBy && <div className="muted">by {e.raisedBy.displayName}</div>}
      </>
    ),
  },
  { key: 'assignee', header: 'Assignee', cell: (e) => personName(e.assignee) },
];

const LAYOUT: TableLayout<EscalationSummary> = {
  className: 'table cases-table',
  columns: COLUMNS,
  rowClassName: rowClass,
  empty: <p className="empty">No escalations match these filters.</p>,
  phone: {
    label: 'Cases',
    className: 'case-cards',
    cardClassName: (e) => `card case-card ${rowClass(e) ?? ''}`,
    card: (e) => <CaseCard escalation={e} />,
  },
};

/**
 * The officers' inbox: urgent and open cases first (the server orders them), overdue ones marked.
 * A table on wide screens, cards on narrow ones (CSS chooses; the other is not displayed).
 */
export function EscalationsTable({ escalations }: Props) {
  return <DataTable {...LAYOUT} rows={escalations} />;
}
