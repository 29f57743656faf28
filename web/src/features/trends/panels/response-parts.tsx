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

/** p50 and p90 of a duration series as two lines in minutes, against a target line. */
export function durationChart(buckets: DurationBucket[], targets: ChartTarget[], colour: string) {
  const rows = buckets.map((b) => ({ start: b.start, p50: toMinutes(b.p50Seconds), p90: toMinutes(b.p90Seconds) }));
  return (
    <TrendChart
      rows={rows}
      xKey="start"
      formatValue={formatMinutes}
      targets={targets}
      series={[
        { key: 'p50', label: 'Median', colour, kind: 'line' },
        { key: 'p90', label: '90th percentile', colour, kind: 'line', dashed: true },
      ]}
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
