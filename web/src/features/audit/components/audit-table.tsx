import { type AuditEntryView, auditActionLabel } from '@ou-listening/shared';
import { Link } from 'react-router';
import { type Column, DataTable, type TableLayout } from '../../../components/ui/data-table';
import { formatUkTime } from '../../../lib/uk-time';
import { describeDetails } from '../describe-details';

type Props = { entries: AuditEntryView[] };

function Target({ entry }: { entry: AuditEntryView }) {
  if (!entry.targetType) return <>—</>;
  if (entry.targetType === 'escalation' && entry.targetId)
    return <Link to={`/escalations/${entry.targetId}`}>Case #{entry.targetId}</Link>;
  if (entry.targetType === 'user') return <>{entry.targetName ?? 'a deleted user'}</>;
  return (
    <>
      {entry.targetType.replace(/_/g, ' ')} {entry.targetId ?? ''}
    </>
  );
}

function Details({ entry }: { entry: AuditEntryView }) {
  const details = describeDetails(entry.details);
  if (details.length === 0) return '—';
  return (
    <ul className="audit-details">
      {details.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

const COLUMNS: Column<AuditEntryView>[] = [
  { key: 'when', header: 'When (UK time)', cell: (entry) => formatUkTime(entry.at, { time: 'medium' }) },
  {
    key: 'who',
    header: 'Who',
    cell: (entry) => (
      <>
        {entry.actorName ?? entry.actorEmail ?? 'The system'}
        {entry.actorName && entry.actorEmail && <div className="muted">{entry.actorEmail}</div>}
      </>
    ),
  },
  {
    key: 'action',
    header: 'Action',
    title: (entry) => entry.action,
    cell: (entry) => auditActionLabel(entry.action, entry.details),
  },
  { key: 'target', header: 'Target', cell: (entry) => <Target entry={entry} /> },
  { key: 'details', header: 'Details', className: () => 'cell--details', cell: (entry) => <Details entry={entry} /> },
  { key: 'ip', header: 'IP', cell: (entry) => entry.ip ?? '—' },
];

const LAYOUT: TableLayout<AuditEntryView> = {
  className: 'table table--dense audit-table',
  columns: COLUMNS,
  scroll: { label: 'Audit entries' },
  empty: <p className="empty">No audit entries match these filters.</p>,
};

export function AuditTable({ entries }: Props) {
  return <DataTable {...LAYOUT} rows={entries} />;
}
