import type { DeletionCheckView, RetentionCountKey, RetentionOverview, RetentionRunView } from '@ou-listening/shared';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '../../../components/ui/data-table';
import { Card } from '../../../components/ui/card';
import { formatUkTime } from '../../../lib/uk-time';

type Props = { overview: RetentionOverview };

/** " (6 years)" beside a period of a year or more; "1 year", not "1 years". */
function years(days: number): string {
  if (days < 365) return '';
  const count = (days / 365.25).toFixed(1).replace(/\.0$/, '');
  return ` (${count} ${count === '1' ? 'year' : 'years'})`;
}

type ScheduleRow = { key: string; what: string; keptFor: string; from: string; variable: ReactNode };

const scheduleRows = (overview: RetentionOverview): ScheduleRow[] => [
  ...overview.classes.map((c) => ({
    key: c.key,
    what: c.label,
    keptFor: `${c.days} days${years(c.days)}`,
    from: c.from,
    variable: <code>{c.variable}</code>,
  })),
  ...overview.kept.map((k) => ({ key: k, what: k, keptFor: 'indefinitely', from: '—', variable: '—' })),
];

const COLUMNS: Column<ScheduleRow>[] = [
  { key: 'what', header: 'What', cell: (row) => row.what },
  { key: 'kept', header: 'Kept for', cell: (row) => row.keptFor },
  { key: 'from', header: 'Counted from', cell: (row) => row.from },
  { key: 'variable', header: 'Variable', cell: (row) => row.variable },
];

/** The schedule as this server is configured: read-only, changed through the environment. */
export function RetentionSchedule({ overview }: Props) {
  return (
    <Card id="retention-heading" title="Retention schedule">
      <DataTable
        className=""
        caption="Set by environment variables; a nightly pass deletes what is due."
        captionClassName="muted"
        columns={COLUMNS}
        rows={scheduleRows(overview)}
        rowKey={(row) => row.key}
        scroll={{ label: 'The schedule, scrolls sideways' }}
      />
      <p>
        Erased authors suppressed at ingestion: {overview.suppressedAuthors} ({overview.suppressedPosts} posts dropped
        since).
      </p>
    </Card>
  );
}

/** What a pass clears besides the schedule's classes, which are named as in the schedule. */
const OTHER_COUNT_LABELS: Partial<Record<RetentionCountKey, string>> = {
  signInThrottle: 'Spent sign-in attempt records',
};

const CHECK_STATUS_LABELS: Record<DeletionCheckView['status'], string> = {
  running: 'still running',
  ok: 'finished',
  rate_limited: 'paused by the platform’s rate limit',
  failed: 'failed',
};

/** "Harmless and never acted on: 120; Raw platform payloads (quarantined items): 4" */
function describeCounts(overview: RetentionOverview, counts: RetentionRunView['counts']): string {
  const labelOf = (key: string) =>
    overview.classes.find((c) => c.key === key)?.label ?? OTHER_COUNT_LABELS[key as RetentionCountKey] ?? key;
  return Object.entries(counts)
    .map(([key, n]) => `${labelOf(key)}: ${n}`)
    .join('; ');
}

/** What the last passes removed: counts only. */
export function RetentionRuns({ overview }: Props) {
  return (
    <Card id="runs-heading" title="Recent passes">
      {overview.runs.length === 0 && overview.deletionChecks.length === 0 ? (
        <p className="muted">No retention pass or platform deletion check has run yet.</p>
      ) : (
        <ul>
          {overview.runs.map((run) => (
            <li key={`r${run.id}`}>
              Retention {formatUkTime(run.startedAt)} — {describeCounts(overview, run.counts)}
              {run.error ? ` — stopped: ${run.error}` : ''}
            </li>
          ))}
          {overview.deletionChecks.map((check) => (
            <li key={`d${check.id}`}>
              Deletion check {check.platform} {formatUkTime(check.startedAt)}: {CHECK_STATUS_LABELS[check.status]},{' '}
              {check.checked} checked, {check.removed} removed, {check.keptHeld} kept under hold
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
