import { CATEGORY_CODES, type CategoryCode, UNFLAGGED_KEY, type VolumeSeries } from '@ou-listening/shared';
import { labelOf, colourOf } from '../components/series';
import { TrendChart } from '../components/trend-chart';
import type { TableRow } from '../components/data-table';
import { formatShare } from '../range';
import type { PanelContext, PanelDefinition } from './panel';

const avg = (n: number | undefined) => (n === undefined ? '' : n.toFixed(1));

/** One small chart: a key's count per bucket as bars, its 7-day mean as a line, on its own scale. */
function KeyChart({ series, name, ctx }: { series: VolumeSeries; name: string; ctx: PanelContext }) {
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

function seriesTable(series: VolumeSeries, keys: string[], ctx: PanelContext): TableRow[] {
  return series.buckets.flatMap((b) =>
    keys
      .filter((k) => (b.counts[k] ?? 0) > 0)
      .map((k) => ({
        cells: [b.start, labelOf(k), b.counts[k]!, avg(b.average?.[k])],
        href: ctx.href(ctx.bucketDrill(b.start, { topCategory: k as CategoryCode | 'none' })),
      })),
  );
}

export const WORSE_PANELS: PanelDefinition[] = [
  {
    id: 'flagged-by-category',
    question: 'worse',
    title: 'Flagged mentions by category',
    description: 'Each category on its own scale; the line is the 7-day average. Click a bar for its mentions.',
    csv: (ctx) => ({ dataset: 'volume', groupBy: 'category', interval: ctx.interval, average: ctx.interval === 'day' }),
    query: (data) => data.byCategory,
    render: (ctx) => {
      const series = ctx.data.byCategory.data!;
      return {
        chart: (
          <ul className="small-multiples" aria-label="Flagged mentions per category">
            {CATEGORY_CODES.map((code) => (
              <li key={code} className="small-multiples__item">
                <h4>
                  <span className="swatch" style={{ background: colourOf(code, 0) }} aria-hidden="true" />
                  {labelOf(code)}{' '}
                  <span className="muted">{series.buckets.reduce((n, b) => n + (b.counts[code] ?? 0), 0)}</span>
                </h4>
                <KeyChart series={series} name={code} ctx={ctx} />
              </li>
            ))}
          </ul>
        ),
        table: {
          caption: 'Flagged mentions per bucket and category, with the 7-day average',
          columns: ['From', 'Category', 'Count', '7-day avg'],
          rows: seriesTable(series, [...CATEGORY_CODES], ctx),
        },
      };
    },
  },
  {
    id: 'not-flagged',
    question: 'worse',
    title: 'Not flagged',
    description: 'Everything else said about the OU, kept apart so it does not flatten the harms.',
    csv: (ctx) => ({ dataset: 'volume', groupBy: 'category', interval: ctx.interval, average: ctx.interval === 'day' }),
    query: (data) => data.byCategory,
    render: (ctx) => {
      const series = ctx.data.byCategory.data!;
      return {
        chart: <KeyChart series={series} name={UNFLAGGED_KEY} ctx={ctx} />,
        table: {
          caption: 'Mentions not flagged per bucket, with the 7-day average',
          columns: ['From', 'Category', 'Count', '7-day avg'],
          rows: seriesTable(series, [UNFLAGGED_KEY], ctx),
        },
      };
    },
  },
  {
    id: 'flagged-share',
    question: 'worse',
    title: 'Flagged share',
    description: 'Of all mentions, the share flagged; the line smooths it over 7 days.',
    csv: (ctx) => ({ dataset: 'volume', groupBy: 'category', interval: ctx.interval, average: ctx.interval === 'day' }),
    query: (data) => data.byCategory,
    render: (ctx) => {
      const series = ctx.data.byCategory.data!;
      const rows = series.buckets.map((b) => {
        const flagged = b.total - (b.counts[UNFLAGGED_KEY] ?? 0);
        const avgTotal = b.average ? Object.values(b.average).reduce((a, n) => a + n, 0) : 0;
        const avgFlagged = avgTotal - (b.average?.[UNFLAGGED_KEY] ?? 0);
        return {
          start: b.start,
          flagged,
          total: b.total,
          share: b.total === 0 ? null : flagged / b.total,
          smoothed: b.average && avgTotal > 0 ? avgFlagged / avgTotal : null,
        };
      });
      return {
        chart: (
          <TrendChart
            rows={rows}
            xKey="start"
            formatValue={(v) => `${Math.round(v * 100)}%`}
            series={[
              { key: 'share', label: 'Daily share', colour: '#c9a3b4', kind: 'line' },
              ...(series.interval === 'day'
                ? [{ key: 'smoothed', label: '7-day share', colour: '#8b1a4a', kind: 'line' as const }]
                : []),
            ]}
            onSelect={(i) => ctx.open(ctx.bucketDrill(rows[i]!.start, { topCategory: 'any' }))}
          />
        ),
        table: {
          caption: 'Share of mentions flagged with any category',
          columns: ['From', 'Flagged', 'All', 'Share'],
          rows: rows.map((r) => ({
            cells: [r.start, r.flagged, r.total, r.share === null ? '—' : formatShare(r.share)],
            href: r.flagged > 0 ? ctx.href(ctx.bucketDrill(r.start, { topCategory: 'any' })) : undefined,
          })),
        },
      };
    },
  },
];
