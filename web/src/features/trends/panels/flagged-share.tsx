import { UNFLAGGED_KEY, type VolumeSeries } from '@ou-listening/shared';
import { TrendChart } from '../components/trend-chart';
import { formatShare } from '../range';
import type { PanelDefinition } from './panel';
import { volumePanel } from './volume-parts';

/** Each bucket's flagged share, and the same over the 7-day averages (none where there is no average). */
function shareRows(series: VolumeSeries) {
  return series.buckets.map((b) => {
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
}

/** Of all mentions, how many were flagged: is the share rising, apart from the volume? */
export const FLAGGED_SHARE_PANEL: PanelDefinition = volumePanel({
  id: 'flagged-share',
  title: 'Flagged share',
  description: 'Of all mentions, the share flagged; the line smooths it over 7 days.',
  render: (series, ctx) => {
    const rows = shareRows(series);
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
});
