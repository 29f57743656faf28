import { type TrendInterval, TREND_INTERVALS, type TrendRange, UNFLAGGED_KEY } from '@ou-listening/shared';
import { useSearchParams } from 'react-router';
import { Page } from '../../components/ui/page';
import { useAcknowledgeAlert } from '../../features/trends/api/acknowledge-alert';
import { exportCsvUrl } from '../../features/trends/api/export-csv';
import { useAlerts } from '../../features/trends/api/get-alerts';
import { useEscalationSeries } from '../../features/trends/api/get-escalations';
import { useSummary } from '../../features/trends/api/get-summary';
import { useTop } from '../../features/trends/api/get-top';
import { useVolume } from '../../features/trends/api/get-volume';
import { AlertsPanel } from '../../features/trends/components/alerts-panel';
import { ChartCard } from '../../features/trends/components/chart-card';
import { DataTable } from '../../features/trends/components/data-table';
import { EscalationsChart } from '../../features/trends/components/escalations-chart';
import { FlaggedShareChart } from '../../features/trends/components/flagged-share-chart';
import { KpiTiles } from '../../features/trends/components/kpi-tiles';
import { RangePicker } from '../../features/trends/components/range-picker';
import { flaggedShareRows, labelOf } from '../../features/trends/components/series';
import { TopChart } from '../../features/trends/components/top-chart';
import { VolumeChart } from '../../features/trends/components/volume-chart';
import {
  defaultInterval,
  formatDuration,
  formatShare,
  isDay,
  londonToday,
  presetRange,
  RANGE_PRESETS,
  type RangePreset,
} from '../../features/trends/range';

/** The range lives in the URL (?range=30, or ?range=custom&from=…&to=…), so a view can be shared. */
function useTrendRange() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('range');
  const from = params.get('from');
  const to = params.get('to');
  const custom = raw === 'custom' && isDay(from) && isDay(to) && from <= to;
  const preset: RangePreset = custom ? 'custom' : (RANGE_PRESETS.find((p) => p === raw) ?? '30');
  const range: TrendRange = custom ? { from, to } : presetRange(Number(preset), londonToday());
  const chosen = params.get('interval');
  const interval: TrendInterval = TREND_INTERVALS.find((i) => i === chosen) ?? defaultInterval(range);
  const update = (next: Record<string, string>) => setParams(next);
  return {
    preset,
    range,
    interval,
    choosePreset: (days: string) => update({ range: days }),
    chooseCustom: (r: TrendRange) => update({ range: 'custom', from: r.from, to: r.to }),
    chooseInterval: (i: TrendInterval) => update({ ...Object.fromEntries(params), interval: i }),
  };
}

function LoadError({ what, error }: { what: string; error: Error }) {
  return (
    <p className="alert alert--error" role="alert">
      Could not load {what}: {error.message}
    </p>
  );
}

export function TrendsRoute() {
  const { preset, range, interval, choosePreset, chooseCustom, chooseInterval } = useTrendRange();
  const byCategory = useVolume(range, interval, 'category');
  const byPlatform = useVolume(range, interval, 'platform');
  const escalations = useEscalationSeries(range, interval);
  const summary = useSummary(range);
  const authors = useTop(range, 'author');
  const hashtags = useTop(range, 'hashtag');
  const alerts = useAlerts();
  const acknowledge = useAcknowledgeAlert();
  const csv = (request: Omit<Parameters<typeof exportCsvUrl>[0], 'from' | 'to'>) =>
    exportCsvUrl({ ...range, ...request });

  return (
    <Page title="Trends">
      <p className="lead">
        What is being said about the OU, where harm is rising and how the team keeps up: {range.from} to {range.to}{' '}
        (London days). Aggregates only.
      </p>
      <RangePicker
        key={`${range.from}:${range.to}`}
        preset={preset}
        range={range}
        interval={interval}
        onPreset={choosePreset}
        onCustom={chooseCustom}
        onInterval={chooseInterval}
      />
      {alerts.data && (
        <AlertsPanel
          alerts={alerts.data.items}
          acknowledging={acknowledge.isPending}
          onAcknowledge={(id) => acknowledge.mutate(id)}
        />
      )}

      {summary.isError && <LoadError what="the summary" error={summary.error} />}
      {summary.data && (
        <ChartCard
          title="Key figures"
          csvHref={csv({ dataset: 'summary' })}
          table={
            <DataTable
              caption="Key figures for this period and the previous one"
              columns={['Measure', 'This period', 'Previous period']}
              rows={[
                ['Mentions', summary.data.current.mentions, summary.data.previous.mentions],
                ['Flagged', summary.data.current.flagged, summary.data.previous.flagged],
                ['Escalated', summary.data.current.escalated, summary.data.previous.escalated],
                ['Hidden', summary.data.current.hidden, summary.data.previous.hidden],
                ['Open escalations', summary.data.current.openEscalations, summary.data.previous.openEscalations],
                [
                  'Time to first action, median',
                  formatDuration(summary.data.current.timeToFirstAction.medianSeconds),
                  formatDuration(summary.data.previous.timeToFirstAction.medianSeconds),
                ],
                [
                  'Time to first action, 90th percentile',
                  formatDuration(summary.data.current.timeToFirstAction.p90Seconds),
                  formatDuration(summary.data.previous.timeToFirstAction.p90Seconds),
                ],
                ...Object.entries(summary.data.current.byCategory).map(([category, n]) => [
                  labelOf(category),
                  n,
                  summary.data.previous.byCategory[category as keyof typeof summary.data.previous.byCategory],
                ]),
                ...summary.data.current.flaggedShareByPlatform.map((p) => [
                  `Flagged share on ${p.platform}`,
                  formatShare(p.share),
                  formatShare(
                    summary.data.previous.flaggedShareByPlatform.find((q) => q.platform === p.platform)?.share ?? 0,
                  ),
                ]),
              ]}
            />
          }
        >
          <KpiTiles summary={summary.data} />
        </ChartCard>
      )}

      <div className="trend-grid">
        {byCategory.isError && <LoadError what="volume by category" error={byCategory.error} />}
        {byCategory.data && (
          <ChartCard
            title="Volume by category"
            csvHref={csv({ dataset: 'volume', groupBy: 'category', interval })}
            table={
              <DataTable
                caption="Mentions per bucket by category"
                columns={['From', ...byCategory.data.keys.map(labelOf), 'Total']}
                rows={byCategory.data.buckets.map((b) => [
                  b.start,
                  ...byCategory.data.keys.map((k) => b.counts[k] ?? 0),
                  b.total,
                ])}
              />
            }
          >
            <VolumeChart series={byCategory.data} kind="area" />
          </ChartCard>
        )}

        {byPlatform.isError && <LoadError what="volume by platform" error={byPlatform.error} />}
        {byPlatform.data && (
          <ChartCard
            title="Volume by platform"
            csvHref={csv({ dataset: 'volume', groupBy: 'platform', interval })}
            table={
              <DataTable
                caption="Mentions per bucket by platform"
                columns={['From', ...byPlatform.data.keys, 'Total']}
                rows={byPlatform.data.buckets.map((b) => [
                  b.start,
                  ...byPlatform.data.keys.map((k) => b.counts[k] ?? 0),
                  b.total,
                ])}
              />
            }
          >
            <VolumeChart series={byPlatform.data} kind="bar" />
          </ChartCard>
        )}

        {byCategory.data && (
          <ChartCard
            title="Flagged share"
            csvHref={csv({ dataset: 'volume', groupBy: 'category', interval })}
            table={
              <DataTable
                caption="Share of mentions flagged with any category"
                columns={['From', 'Flagged', 'Mentions', 'Share']}
                rows={flaggedShareRows(byCategory.data).map((r) => [r.start, r.flagged, r.total, formatShare(r.share)])}
              />
            }
          >
            <FlaggedShareChart rows={flaggedShareRows(byCategory.data)} />
          </ChartCard>
        )}

        {escalations.isError && <LoadError what="escalations" error={escalations.error} />}
        {escalations.data && (
          <ChartCard
            title="Escalations over time"
            csvHref={csv({ dataset: 'escalations', interval })}
            table={
              <DataTable
                caption="Escalations raised and closed per bucket"
                columns={['From', 'Raised', 'Closed']}
                rows={escalations.data.buckets.map((b) => [b.start, b.raised, b.closed])}
              />
            }
          >
            <EscalationsChart buckets={escalations.data.buckets} />
          </ChartCard>
        )}

        {authors.isError && <LoadError what="top authors" error={authors.error} />}
        {authors.data && (
          <ChartCard
            title="Top authors"
            csvHref={csv({ dataset: 'top', by: 'author' })}
            table={
              <DataTable
                caption="Authors with the most mentions"
                columns={['Author', 'Platform', 'Mentions', 'Flagged']}
                rows={authors.data.items.map((i) => [`@${i.key}`, i.platform ?? '', i.mentions, i.flagged])}
              />
            }
          >
            <TopChart items={authors.data.items} prefix="@" />
          </ChartCard>
        )}

        {hashtags.isError && <LoadError what="top hashtags" error={hashtags.error} />}
        {hashtags.data && (
          <ChartCard
            title="Top hashtags"
            csvHref={csv({ dataset: 'top', by: 'hashtag' })}
            table={
              <DataTable
                caption="Hashtags in the most mentions"
                columns={['Hashtag', 'Mentions', 'Flagged']}
                rows={hashtags.data.items.map((i) => [`#${i.key}`, i.mentions, i.flagged])}
              />
            }
          >
            <TopChart items={hashtags.data.items} prefix="#" />
          </ChartCard>
        )}
      </div>
      {byCategory.isPending && <p className="loading">Loading trends…</p>}
      <p className="muted">
        Days are London calendar days. A mention counts once, under its highest-scoring category (&ldquo;
        {labelOf(UNFLAGGED_KEY)}&rdquo; when none applies). Time to first action runs from ingestion to the first mark,
        hide, escalation, assignment or note.
      </p>
    </Page>
  );
}
