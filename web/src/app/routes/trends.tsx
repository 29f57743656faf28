import { UNFLAGGED_KEY } from '@ou-listening/shared';
import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-me';
import { useAcknowledgeAlert } from '../../features/trends/api/acknowledge-alert';
import { exportCsvUrl } from '../../features/trends/api/export-csv';
import { useAlerts } from '../../features/trends/api/get-alerts';
import { useSummary } from '../../features/trends/api/get-summary';
import { AlertsPanel } from '../../features/trends/components/alerts-panel';
import { KeyFigures } from '../../features/trends/components/key-figures';
import { RangePicker } from '../../features/trends/components/range-picker';
import { labelOf } from '../../features/trends/components/series';
import { TrendSections } from '../../features/trends/components/trend-sections';
import { usePanelContext } from '../../features/trends/hooks/use-panel-context';
import { useTrendRange } from '../../features/trends/hooks/use-trend-range';
import { ErrorAlert } from '../../components/ui/error-alert';
import { formatUkDate } from '../../lib/uk-time';

/** Trends: is it getting worse, where, and are we responding fast enough (issue 20). */
export function TrendsRoute() {
  const trendRange = useTrendRange();
  const { range, interval } = trendRange;
  const ctx = usePanelContext(range, interval, useMe().data?.role);
  const summary = useSummary(range);
  const alerts = useAlerts();
  const acknowledge = useAcknowledgeAlert();

  return (
    <Page title="Trends">
      <p className="lead">
        {formatUkDate(range.from)} to {formatUkDate(range.to)} (London days). Aggregates only: every figure opens the
        mentions behind it.
      </p>
      <RangePicker key={`${range.from}:${range.to}`} {...trendRange} />
      {alerts.data && (
        <AlertsPanel
          alerts={alerts.data.items}
          acknowledging={acknowledge.isPending}
          onAcknowledge={(id) => acknowledge.mutate(id)}
        />
      )}
      {summary.isError && <ErrorAlert>Could not load the key figures: {summary.error.message}</ErrorAlert>}
      {summary.data && <KeyFigures summary={summary.data} csvHref={exportCsvUrl({ ...range, dataset: 'summary' })} />}
      <TrendSections ctx={ctx} />
      <p className="muted">
        A mention counts once, under its highest-scoring category (&ldquo;{labelOf(UNFLAGGED_KEY)}&rdquo; when none
        applies). Changes below 20 in the previous period are shown as counts, not percentages.
      </p>
    </Page>
  );
}
