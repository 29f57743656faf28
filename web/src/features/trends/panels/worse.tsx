import { CATEGORY_CODES, UNFLAGGED_KEY } from '@ou-listening/shared';
import { colourOf, labelOf } from '../components/series';
import { TrendChart } from '../components/trend-chart';
import { formatShare } from '../range';
import type { PanelDefinition } from './panel';
import { KeyChart, seriesTable, VOLUME_COLUMNS, volumePanel } from './volume-parts';

export const WORSE_PANELS: PanelDefinition[] = [
  volumePanel({
    id: 'flagged-by-category',
    title: 'Flagged mentions by category',
    description: 'Each category on its own scale; the line is the 7-day average. Click a bar for its mentions.',
    render: (series, ctx) => ({
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
        columns: VOLUME_COLUMNS,
        rows: seriesTable(series, [...CATEGORY_CODES], ctx),
      },
    }),
  }),
  volumePanel({
    id: 'not-flagged',
    title: 'Not flagged',
    description: 'Everything else said about the OU, kept apart so it does not flatten the harms.',
    render: (series, ctx) => ({
      chart: <KeyChart series={series} name={UNFLAGGED_KEY} ctx={ctx} />,
      table: {
        caption: 'Mentions not flagged per bucket, with the 7-day average',
        columns: VOLUME_COLUMNS,
        rows: seriesTable(series, [UNFLAGGED_KEY], ctx),
      },
    }),
  }),
  volumePanel({
    id: 'flagged-share',
    title: 'Flagged share',
    description: 'Of all mentions, the share flagged; the line smooths it over 7 days.',
    render: (series, ctx) => {
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
  }),
];
