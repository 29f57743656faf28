import type { TrendsSummary } from '@ou-listening/shared';
import { formatDuration, formatShare } from '../range';
import { ChartCard } from './chart-card';
import { DataTable } from './data-table';
import { KpiTiles } from './kpi-tiles';
import { labelOf } from './series';

type Props = { summary: TrendsSummary; csvHref: string };

/** The headline figures with their changes, and the same as a table; a range without mentions says so first. */
export function KeyFigures({ summary, csvHref }: Props) {
  const { current: c, previous: p } = summary;
  const rows: (string | number)[][] = [
    ['Mentions', c.mentions, p.mentions, summary.changes.mentions.text],
    ['Flagged', c.flagged, p.flagged, summary.changes.flagged.text],
    ['Escalated', c.escalated, p.escalated, summary.changes.escalated.text],
    ['Hidden', c.hidden, p.hidden, summary.changes.hidden.text],
    ['Open escalations', c.openEscalations, p.openEscalations, ''],
    [
      'First action, median',
      formatDuration(c.timeToFirstAction.medianSeconds),
      formatDuration(p.timeToFirstAction.medianSeconds),
      '',
    ],
    ...Object.entries(c.byCategory).map(([category, n]) => [
      labelOf(category),
      n,
      p.byCategory[category as keyof typeof p.byCategory],
      summary.changes[`category:${category}` as keyof typeof summary.changes].text,
    ]),
    ...c.flaggedShareByPlatform.map((s) => [
      `Flagged on ${s.platform}`,
      formatShare(s.share),
      formatShare(p.flaggedShareByPlatform.find((q) => q.platform === s.platform)?.share ?? 0),
      '',
    ]),
  ];
  return (
    <>
      {c.mentions === 0 && (
        <p className="alert alert--info" role="status">
          No mentions in this range, so its charts below have nothing to show. Try a longer or a more recent range.
        </p>
      )}
      <ChartCard
        level={2}
        title="Key figures"
        csvHref={csvHref}
        table={
          <DataTable
            caption="Key figures for this period and the previous one"
            columns={['Measure', 'Now', 'Before', 'Change']}
            rows={rows}
          />
        }
      >
        <KpiTiles summary={summary} />
      </ChartCard>
    </>
  );
}
