import type { SourceState, SystemHealth } from '@ou-listening/shared';
import { type Column, DataTable } from '../../../components/ui/data-table';
import { formatUkTime } from '../../../lib/uk-time';

type HealthSource = SystemHealth['sources'][number];

const STATE_LABELS: Record<SourceState, string> = {
  active: 'Polling',
  disabled: 'Disabled',
  not_configured: 'Not configured',
  demo_off: 'Demo off',
  rate_limited: 'Rate limited',
};

function LastRun({ source: { health } }: { source: HealthSource }) {
  if (!health.lastRunAt) return 'Never run';
  return (
    <>
      {formatUkTime(health.lastRunAt)} · {health.lastRunStatus?.replace('_', ' ') ?? '—'}
      {health.lastRunStatus === 'failed' && health.lastError && <div className="muted">{health.lastError}</div>}
    </>
  );
}

const time = (iso: string | null) => (iso ? formatUkTime(iso) : '—');

const COLUMNS: Column<HealthSource>[] = [
  {
    key: 'source',
    header: 'Source',
    rowHeader: true,
    cell: (s) => (
      <>
        {s.name} <span className="muted">({s.kind})</span>
      </>
    ),
  },
  { key: 'state', header: 'State', cell: (s) => STATE_LABELS[s.health.state] },
  { key: 'run', header: 'Last run', cell: (s) => <LastRun source={s} /> },
  { key: 'success', header: 'Last success', cell: (s) => time(s.health.lastSuccessAt) },
  { key: 'next', header: 'Next poll', cell: (s) => time(s.health.nextPollAt) },
];

/** Each source's state and last run, a failed one marked. */
export function SourceHealthTable({ sources }: { sources: HealthSource[] }) {
  return (
    <DataTable
      className="table table--dense"
      columns={COLUMNS}
      rows={sources}
      rowClassName={(s) => (s.health.lastRunStatus === 'failed' ? 'health-row--bad' : undefined)}
      scroll={{ label: 'Sources table' }}
      empty={<p className="empty">No sources yet.</p>}
    />
  );
}
