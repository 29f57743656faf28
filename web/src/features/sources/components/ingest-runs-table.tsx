import type { IngestRunView } from '@ou-listening/shared';
import { type Column, DataTable, type TableLayout } from '../../../components/ui/data-table';
import { formatTime } from './format';

type Props = { runs: IngestRunView[] };

const COLUMNS: Column<IngestRunView>[] = [
  {
    key: 'started',
    header: 'Started',
    cell: (run) => <time dateTime={run.startedAt}>{formatTime(run.startedAt)}</time>,
  },
  { key: 'source', header: 'Source', cell: (run) => run.sourceName },
  { key: 'status', header: 'Status', cell: (run) => run.status.replace('_', ' ') },
  { key: 'fetched', header: 'Fetched', cell: (run) => run.fetched },
  { key: 'inserted', header: 'Inserted', cell: (run) => run.inserted },
  { key: 'duplicates', header: 'Duplicates', cell: (run) => run.duplicates },
  { key: 'quarantined', header: 'Quarantined', cell: (run) => run.quarantined },
  {
    key: 'error',
    header: 'Error',
    cell: (run) => run.error ?? (run.retryAt ? `retry ${formatTime(run.retryAt)}` : ''),
  },
];

const LAYOUT: TableLayout<IngestRunView> = {
  caption: 'Recent ingest runs',
  columns: COLUMNS,
  scroll: { label: 'Recent ingest runs' },
  empty: <p className="empty">No ingest runs yet. Enabled sources are polled at their interval.</p>,
};

export function IngestRunsTable({ runs }: Props) {
  return <DataTable {...LAYOUT} rows={runs} />;
}
