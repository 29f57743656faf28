import { CATEGORY_CODES, type DurationBucket } from '@ou-listening/shared';
import { Link } from 'react-router';
import { labelOf } from '../components/series';
import { type ChartTarget, TrendChart } from '../components/trend-chart';
import { formatDuration } from '../range';
import type { PanelContext, PanelDefinition } from './panel';

const toMinutes = (s: number | null) => (s === null ? null : Math.round(s / 6) / 10);
const formatMinutes = (m: number) => (m >= 120 ? `${Math.round(m / 60)} h` : `${Math.round(m)} min`);

/** p50 and p90 of a duration series as two lines in minutes, against a target line. */
function durationChart(buckets: DurationBucket[], targets: ChartTarget[], colour: string) {
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

const durationRows = (buckets: DurationBucket[], label: string) =>
  buckets
    .filter((b) => b.n > 0)
    .map((b) => [b.start, label, b.n, formatDuration(b.p50Seconds), formatDuration(b.p90Seconds)]);

const DURATION_COLUMNS = ['From', 'Series', 'n', 'Median', '90th pct'];
const response = (ctx: PanelContext) => ctx.data.response.data!;

/** The backlog now, as figures that open the queue where there is a filter for them. */
function BacklogNow({ ctx }: { ctx: PanelContext }) {
  const now = response(ctx).backlogNow;
  const open = ctx.href({ topCategory: 'any', everyStatus: false });
  const unassigned = ctx.href({ topCategory: 'any', everyStatus: false, assignee: 'none' });
  return (
    <ul className="kpi-tiles kpi-tiles--compact" aria-label="Backlog now">
      <li className="kpi">
        <span className="kpi__label">Open flagged</span>
        <Link className="kpi__value" to={open}>
          {now.open}
        </Link>
      </li>
      <li className="kpi">
        <span className="kpi__label">Unassigned</span>
        <Link className="kpi__value" to={unassigned}>
          {now.unassigned}
        </Link>
      </li>
      <li className="kpi">
        <span className="kpi__label">Untriaged</span>
        <strong className="kpi__value">{now.untriaged}</strong>
      </li>
      <li className="kpi">
        <span className="kpi__label">Oldest untriaged</span>
        <strong className="kpi__value">{formatDuration(now.oldestUntriagedSeconds)}</strong>
      </li>
    </ul>
  );
}

export const FAST_PANELS: PanelDefinition[] = [
  {
    id: 'first-action',
    question: 'fast',
    title: 'Time to first action',
    description: 'From ingestion to the first mark, hide, escalation, assignment or note, for flagged mentions.',
    csv: (ctx) => ({ dataset: 'response', interval: ctx.interval }),
    query: (data) => data.response,
    render: (ctx) => {
      const r = response(ctx);
      return {
        chart: durationChart(r.firstAction.all, [{ value: r.targets.firstActionMinutes, label: 'target' }], '#1f4e8c'),
        table: {
          caption: 'Time to first action per bucket, for all flagged mentions and per category',
          columns: DURATION_COLUMNS,
          rows: [
            ...durationRows(r.firstAction.all, 'All flagged'),
            ...CATEGORY_CODES.flatMap((c) => durationRows(r.firstAction[c], labelOf(c))),
          ],
        },
      };
    },
  },
  {
    id: 'first-action-safeguarding',
    question: 'fast',
    title: 'Time to first action: safeguarding',
    description: 'Risk to life must reach a person within minutes.',
    csv: (ctx) => ({ dataset: 'response', interval: ctx.interval }),
    query: (data) => data.response,
    render: (ctx) => {
      const r = response(ctx);
      return {
        chart: durationChart(
          r.firstAction.safeguarding,
          [{ value: r.targets.urgentFirstActionMinutes, label: 'target' }],
          '#d32f2f',
        ),
        table: {
          caption: 'Time to first action for safeguarding and threats',
          columns: DURATION_COLUMNS,
          rows: [
            ...durationRows(r.firstAction.safeguarding, 'Safeguarding'),
            ...durationRows(r.firstAction.threat, 'Threat'),
          ],
        },
      };
    },
  },
  {
    id: 'backlog',
    question: 'fast',
    title: 'Backlog',
    description: 'Flagged mentions nobody has acted on yet: now, and at the end of each day.',
    csv: (ctx) => ({ dataset: 'response', interval: ctx.interval }),
    query: (data) => data.response,
    render: (ctx) => {
      const r = response(ctx);
      return {
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
      };
    },
  },
  {
    id: 'escalation-times',
    question: 'fast',
    title: 'Escalations: time to acknowledge and close',
    csv: (ctx) => ({ dataset: 'response', interval: ctx.interval }),
    query: (data) => data.response,
    render: (ctx) => {
      const e = response(ctx).escalations;
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
              targets={[{ value: response(ctx).targets.escalationAcknowledgeMinutes, label: 'acknowledge target' }]}
              series={[
                { key: 'acknowledge', label: 'Acknowledge (median)', colour: '#6a3d9a', kind: 'line' },
                { key: 'close', label: 'Close (median)', colour: '#2e7d32', kind: 'line' },
              ]}
            />
          </>
        ),
        table: {
          caption: 'Escalation times per bucket raised',
          columns: DURATION_COLUMNS,
          rows: [...durationRows(e.acknowledgeBuckets, 'Acknowledge'), ...durationRows(e.closeBuckets, 'Close')],
        },
      };
    },
  },
  {
    id: 'own-account-response',
    question: 'fast',
    title: 'Replies on our own accounts',
    description: 'Comments on the OU’s pages: from posting to our reply (policy 7.3, “in a timely fashion”).',
    csv: (ctx) => ({ dataset: 'response', interval: ctx.interval }),
    query: (data) => data.response,
    render: (ctx) => {
      const r = response(ctx);
      return {
        chart: (
          <>
            <p className="trend-card__note">{r.ownAccountUnanswered} comments in this range have no reply yet.</p>
            {durationChart(
              r.ownAccountResponse,
              [{ value: r.targets.ownAccountResponseMinutes, label: 'target' }],
              '#1f6fb4',
            )}
          </>
        ),
        table: {
          caption: 'Time to reply to comments on our own accounts',
          columns: DURATION_COLUMNS,
          rows: durationRows(r.ownAccountResponse, 'Reply'),
        },
      };
    },
  },
];
