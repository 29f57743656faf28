import type { CategoryCode, VolumeSeries } from '@ou-listening/shared';
import { labelOf, colourOf } from '../components/series';
import { TrendChart } from '../components/trend-chart';
import type { TableRow } from '../components/data-table';
import type { PanelContext, PanelDefinition } from './panel';

/** A card of the "worse" question: every one reads mentions per category and bucket, averaged by day. */
export const volumePanel = ({ render, ...panel }: VolumePanel): PanelDefinition => ({
  ...panel,
  question: 'worse',
  csv: (ctx) => ({ dataset: 'volume', groupBy: 'category', interval: ctx.interval, average: ctx.interval === 'day' }),
  query: (data) => data.byCategory,
  render: (ctx) => render(ctx.data.byCategory.data!, ctx),
});

type VolumePanel = Omit<PanelDefinition, 'question' | 'csv' | 'query' | 'render'> & {
  render: (series: VolumeSeries, ctx: PanelContext) => ReturnType<PanelDefinition['render']>;
};

export const VOLUME_COLUMNS = ['From', 'Category', 'Count', '7-day avg'];

const avg = (n: number | undefined) => (n === undefined ? '' : n.toFixed(1));

/** One small chart: a key's count per bucket as bars, its 7-day mean as a line, on its own scale. */
export function KeyChart({ series, name, ctx }: { series: VolumeSeries; name: string; ctx: PanelContext }) {
  const rows = series.buckets.map((b) => ({
    start: b.start,
    count: b.counts[name] ?? 0,
    average: b.average?.[name] ?? null,
  }));
  const colour = colourOf(name, 0);
  return (
    <TrendChart
      rows={rows}
      xKey="start"
      height={120}
      series={[
        { key: 'count', label: 'Mentions', colour, kind: 'bar' },
        ...(series.interval === 'day'
          ? [{ key: 'average', label: '7-day average', colour: '#1b1f24', kind: 'line' as const }]
          : []),
      ]}
      onSelect={(i) => ctx.open(ctx.bucketDrill(rows[i]!.start, { topCategory: name as CategoryCode | 'none' }))}
    />
  );
}

export function seriesTable(series: VolumeSeries, keys: string[], ctx: PanelContext): TableRow[] {
  return series.buckets.flatMap((b) =>
    keys
      .filter((k) => (b.counts[k] ?? 0) > 0)
      .map((k) => ({
        cells: [b.start, labelOf(k), b.counts[k]!, avg(b.average?.[k])],
        href: ctx.href(ctx.bucketDrill(b.start, { topCategory: k as CategoryCode | 'none' })),
      })),
  );
}
