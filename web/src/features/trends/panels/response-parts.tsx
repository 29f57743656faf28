import type { DurationBucket } from '@ou-listening/shared';
import { type ChartTarget, TrendChart } from '../components/trend-chart';
import { formatDuration } from '../range';
import type { PanelContext, PanelDefinition } from './panel';

/** A card of the "fast" question: every one reads the response figures and downloads them as CSV. */
export const responsePanel = ({ render, ...panel }: ResponsePanel): PanelDefinition => ({
  ...panel,
  question: 'fast',
  csv: (ctx) => ({ dataset: 'response', interval: ctx.interval }),
  query: (data) => data.response,
  render: (ctx) => render(response(ctx), ctx),
});

type Rendered = ReturnType<PanelDefinition['render']>;
type ResponsePanel = Omit<PanelDefinition, 'question' | 'csv' | 'query' | 'render'> & {
  render: (response: TrendResponse, ctx: PanelContext) => Rendered;
};

/** A table of durations per bucket, one series after another. */
export const durationTable = (caption: string, rows: Rendered['table']['rows']): Rendered['table'] => ({
  caption,
  columns: DURATION_COLUMNS,
  rows,
});

export const toMinutes = (s: number | null) => (s === null ? null : Math.round(s / 6) / 10);
export const formatMinutes = (m: number) => (m >= 120 ? `${Math.round(m / 60)} h` : `${Math.round(m)} min`);

/** One duration series to chart: its buckets, its colour, and its name when the chart has several. */
export type DurationSeries = { buckets: DurationBucket[]; colour: string; label?: string };

/** A duration chart's target lines, and what it says instead of blank axes when nothing was timed. */
export type DurationChartText = { targets: ChartTarget[]; nothingYet: string };

/**
 * p50 and p90 of each duration series as two lines in minutes (the 90th dashed), against a target
 * line. Several series share the buckets' start days: safeguarding and threats side by side.
 */
export function durationChart({ targets, nothingYet }: DurationChartText, ...series: DurationSeries[]) {
  if (series.every((s) => s.buckets.every((b) => b.n === 0))) return <p className="empty">{nothingYet}</p>;
  const rows = (series[0]?.buckets ?? []).map((b, i) => ({
    start: b.start,
    ...Object.fromEntries(
      series.flatMap((s, k) => [
        [`p50_${k}`, toMinutes(s.buckets[i]?.p50Seconds ?? null)],
        [`p90_${k}`, toMinutes(s.buckets[i]?.p90Seconds ?? null)],
      ]),
    ),
  }));
  const named = (s: DurationSeries, what: string) => (s.label ? `${s.label}: ${what.toLowerCase()}` : what);
  return (
    <TrendChart
      rows={rows}
      xKey="start"
      formatValue={formatMinutes}
      targets={targets}
      series={series.flatMap((s, k) => [
        { key: `p50_${k}`, label: named(s, 'Median'), colour: s.colour, kind: 'line' as const },
        { key: `p90_${k}`, label: named(s, '90th percentile'), colour: s.colour, kind: 'line' as const, dashed: true },
      ])}
    />
  );
}

export const durationRows = (buckets: DurationBucket[], label: string) =>
  buckets
    .filter((b) => b.n > 0)
    .map((b) => [b.start, label, b.n, formatDuration(b.p50Seconds), formatDuration(b.p90Seconds)]);

export const DURATION_COLUMNS = ['From', 'Series', 'n', 'Median', '90th pct'];
const response = (ctx: PanelContext) => ctx.data.response.data!;
type TrendResponse = ReturnType<typeof response>;
