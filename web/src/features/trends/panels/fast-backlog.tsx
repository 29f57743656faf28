import { TrendChart } from '../components/trend-chart';
import { formatDuration } from '../range';
import type { PanelDefinition } from './panel';
import { BacklogNow } from './backlog-now';
import { durationRows, durationTable, formatMinutes, responsePanel, toMinutes } from './response-parts';

/** What waits for a first action, now and at the end of each bucket. */
export const BACKLOG_PANEL: PanelDefinition = responsePanel({
  id: 'backlog',
  title: 'Backlog',
  description: 'Flagged mentions nobody has acted on yet: now, and at the end of each day.',
  render: (r, ctx) => ({
    chart: (
      <>
        <BacklogNow ctx={ctx} />
        <TrendChart
          rows={r.backlog}
          xKey="start"
          height={150}
          series={[{ key: 'waiting', label: 'Waiting', colour: '#a0522d', kind: 'area' }]}
        />
      </>
    ),
    table: {
      caption: 'Flagged mentions waiting for a first action at the end of each bucket',
      columns: ['From', 'Waiting'],
      rows: r.backlog.map((b) => [b.start, b.waiting]),
    },
  }),
});

/** How long the discipline officers take to acknowledge and to close a case. */
export const ESCALATION_TIMES_PANEL: PanelDefinition = responsePanel({
  id: 'escalation-times',
  title: 'Escalations: time to acknowledge and close',
  render: (r) => {
    const e = r.escalations;
    const rows = e.acknowledgeBuckets.map((b, i) => ({
      start: b.start,
      acknowledge: toMinutes(b.p50Seconds),
      close: toMinutes(e.closeBuckets[i]?.p50Seconds ?? null),
    }));
    return {
      chart: (
        <>
          <p className="trend-card__note">
            Median to acknowledge {formatDuration(e.acknowledge.p50Seconds)} (n {e.acknowledge.n}); to close{' '}
            {formatDuration(e.close.p50Seconds)} (n {e.close.n}).
          </p>
          <TrendChart
            rows={rows}
            xKey="start"
            formatValue={formatMinutes}
            targets={[{ value: r.targets.escalationAcknowledgeMinutes, label: 'acknowledge target' }]}
            series={[
              { key: 'acknowledge', label: 'Acknowledge (median)', colour: '#6a3d9a', kind: 'line' },
              { key: 'close', label: 'Close (median)', colour: '#2e7d32', kind: 'line' },
            ]}
          />
        </>
      ),
      table: durationTable('Escalation times per bucket raised', [
        ...durationRows(e.acknowledgeBuckets, 'Acknowledge'),
        ...durationRows(e.closeBuckets, 'Close'),
      ]),
    };
  },
});
