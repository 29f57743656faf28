import type { SourceView } from '@ou-listening/shared';
import { type Column, DataTable } from '../../../components/ui/data-table';
import { useUpdateSource } from '../api/update-source';
import { formatTime } from './format';
import { PollIntervalForm, SourceLastError, SourceName, SourceStatus } from './source-cells';

type Props = { sources: SourceView[] };

/** Each source with its health at a glance, and the two settings admins change. */
export function SourcesTable({ sources }: Props) {
  const update = useUpdateSource();
  // One mutation for the table: a row is busy, or shows an error, only when the change was to it.
  const changing = (source: SourceView) => update.variables?.id === source.id;
  const pending = (source: SourceView) => update.isPending && changing(source);
  const columns: Column<SourceView>[] = [
    { key: 'source', header: 'Source', rowHeader: true, cell: (source) => <SourceName source={source} /> },
    { key: 'status', header: 'Status', cell: (source) => <SourceStatus source={source} /> },
    { key: 'success', header: 'Last success', cell: (source) => formatTime(source.health.lastSuccessAt) },
    { key: 'error', header: 'Last error', cell: (source) => <SourceLastError source={source} /> },
    { key: 'next', header: 'Next poll', cell: (source) => formatTime(source.health.nextPollAt) },
    {
      key: 'enabled',
      header: 'Enabled',
      cell: (source) => (
        <input
          type="checkbox"
          checked={source.enabled}
          onChange={() => update.mutate({ id: source.id, enabled: !source.enabled })}
          disabled={pending(source)}
          aria-label={`Enabled: ${source.name}`}
        />
      ),
    },
    {
      key: 'interval',
      header: 'Poll every (s)',
      cell: (source) => (
        <PollIntervalForm
          source={source}
          pending={pending(source)}
          error={update.isError && changing(source) ? update.error.message : undefined}
          onSave={(seconds) => update.mutate({ id: source.id, pollIntervalSeconds: seconds })}
        />
      ),
    },
  ];
  return <DataTable caption="Sources" columns={columns} rows={sources} scroll={{ label: 'Configured sources' }} />;
}
