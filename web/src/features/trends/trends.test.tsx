import {
  CATEGORY_CODES,
  CHANGE_MEASURES,
  describeChange,
  type PeriodSummary,
  type TrendsSummary,
  type VolumeSeries,
} from '@ou-listening/shared';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { exportCsvUrl } from './api/export-csv';
import { ChartCard } from './components/chart-card';
import { DataTable } from './components/data-table';
import { KeyFigures } from './components/key-figures';
import { KpiTiles } from './components/kpi-tiles';
import { flaggedShareRows } from './components/series';
import { bucketLastDay, drillApiQuery, drillHref, drillSearch } from './drill-down';
import { tieNote } from './panels/top-panel';
import { defaultInterval, formatDuration, londonToday, percentChange, presetRange } from './range';

afterEach(cleanup);

describe('trends range helpers', () => {
  it('takes today from London, not the browser', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01'); // 00:30 BST
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31'); // 23:30 GMT
  });

  it('counts a preset back from today, today included', () => {
    expect(presetRange(7, '2026-03-31')).toEqual({ from: '2026-03-25', to: '2026-03-31' });
    expect(presetRange(30, '2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
  });

  it('picks an interval that keeps a chart readable', () => {
    expect(defaultInterval({ from: '2026-01-01', to: '2026-01-30' })).toBe('day');
    expect(defaultInterval({ from: '2026-01-01', to: '2026-03-31' })).toBe('week');
    expect(defaultInterval({ from: '2025-01-01', to: '2025-12-31' })).toBe('month');
  });

  it('formats durations and changes', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(95)).toBe('1 min 35 s');
    expect(formatDuration(7260)).toBe('2 h 1 min');
    expect(percentChange(12, 10)).toBeCloseTo(20);
    expect(percentChange(5, 0)).toBeNull();
  });

  it('builds the CSV address of a chart', () => {
    expect(exportCsvUrl({ from: '2026-01-01', to: '2026-01-31', dataset: 'top', by: 'hashtag' })).toBe(
      '/api/trends/export.csv?from=2026-01-01&to=2026-01-31&dataset=top&by=hashtag',
    );
  });

  it('derives the flagged share per bucket', () => {
    const series: VolumeSeries = {
      from: '2026-01-01',
      to: '2026-01-02',
      interval: 'day',
      groupBy: 'category',
      keys: ['disrepute', 'none'],
      buckets: [
        { start: '2026-01-01', total: 4, counts: { disrepute: 1, none: 3 } },
        { start: '2026-01-02', total: 0, counts: { disrepute: 0, none: 0 } },
      ],
    };
    expect(flaggedShareRows(series)).toEqual([
      { start: '2026-01-01', flagged: 1, total: 4, share: 0.25 },
      { start: '2026-01-02', flagged: 0, total: 0, share: 0 },
    ]);
  });
});

describe('ChartCard', () => {
  it('switches between the chart and its table, and links the CSV', () => {
    render(
      <ChartCard
        title="Volume by platform"
        csvHref="/api/trends/export.csv?dataset=volume"
        table={<DataTable caption="c" columns={['From', 'x']} rows={[['2026-01-01', 3]]} />}
      >
        <p>the chart</p>
      </ChartCard>,
    );
    const card = screen.getByRole('region', { name: 'Volume by platform' });
    expect(within(card).getByText('the chart')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Show table for Volume by platform' }));
    expect(within(card).getByRole('cell', { name: '3' })).toBeTruthy();
    expect(within(card).queryByText('the chart')).toBeNull();
    const link = within(card).getByRole('link', { name: 'Download Volume by platform as CSV' });
    expect(link.getAttribute('href')).toBe('/api/trends/export.csv?dataset=volume');
  });
});

const changesOf = (c: PeriodSummary, p: PeriodSummary): TrendsSummary['changes'] =>
  Object.fromEntries([
    ...CHANGE_MEASURES.map((m) => [m, describeChange(c[m], p[m])]),
    ...CATEGORY_CODES.map((code) => [`category:${code}`, describeChange(c.byCategory[code], p.byCategory[code])]),
  ]) as TrendsSummary['changes'];

describe('KpiTiles', () => {
  const period = (mentions: number, flagged: number, median: number | null) => ({
    from: '2026-01-01',
    to: '2026-01-07',
    mentions,
    flagged,
    byCategory: {
      confidential: 0,
      litigation: 0,
      disrepute: flagged,
      personal_data: 0,
      safeguarding: 0,
      threat: 0,
      academic_misconduct: 0,
    },
    escalated: 1,
    hidden: 0,
    openEscalations: 1,
    timeToFirstAction: { actioned: 3, medianSeconds: median, p90Seconds: median },
    flaggedShareByPlatform: [],
  });

  it('shows each figure with its change, coloured by whether the change is good', () => {
    const current = period(120, 30, 600);
    const previous = period(100, 20, 1200);
    const summary: TrendsSummary = { current, previous, changes: changesOf(current, previous) };
    render(<KpiTiles summary={summary} />);
    const tiles = within(screen.getByRole('list', { name: 'Key figures' })).getAllByRole('listitem');
    const tile = (label: string) => tiles.find((t) => t.textContent?.startsWith(label))!;
    expect(tile('Mentions').textContent).toContain('▲ +20% vs previous');
    expect(tile('Flagged').querySelector('.kpi__delta--bad')?.textContent).toBe('▲ +50% vs previous');
    expect(tile('Time to first action (median)').textContent).toContain('10 min 0 s');
    expect(tile('Time to first action (median)').querySelector('.kpi__delta--good')?.textContent).toBe(
      '▼ -50% vs previous',
    );
  });
});

/** A week's summary with nothing in it but what the test gives. */
const summaryOf = (figures: Partial<PeriodSummary>): PeriodSummary => ({
  from: '2026-01-01',
  to: '2026-01-07',
  mentions: 500,
  flagged: 16,
  byCategory: Object.fromEntries(CATEGORY_CODES.map((c) => [c, 0])) as PeriodSummary['byCategory'],
  escalated: 0,
  hidden: 0,
  openEscalations: 0,
  timeToFirstAction: { actioned: 0, medianSeconds: null, p90Seconds: null },
  flaggedShareByPlatform: [],
  ...figures,
});

describe('KpiTiles near zero', () => {
  const period = (flagged: number) => summaryOf({ mentions: flagged, flagged });

  it('says "new" or a count, never a percentage of next to nothing', () => {
    const fresh = { current: period(145), previous: period(0) };
    render(<KpiTiles summary={{ ...fresh, changes: changesOf(fresh.current, fresh.previous) }} />);
    const tiles = screen.getAllByRole('listitem');
    expect(tiles.find((t) => t.textContent?.startsWith('Flagged'))!.textContent).toContain('new: 145, none before');
    cleanup();
    const small = { current: period(145), previous: period(1) };
    render(<KpiTiles summary={{ ...small, changes: changesOf(small.current, small.previous) }} />);
    const flagged = screen.getAllByRole('listitem').find((t) => t.textContent?.startsWith('Flagged'))!;
    expect(flagged.textContent).toContain('+144, from 1');
    expect(flagged.textContent).not.toMatch(/14400%/);
  });
});

describe('KpiTiles when the earlier figure is zero or missing', () => {
  const period = summaryOf;
  const deltaOf = (current: PeriodSummary, previous: PeriodSummary, label: string) => {
    render(<KpiTiles summary={{ current, previous, changes: changesOf(current, previous) }} />);
    const tile = screen.getAllByRole('listitem').find((t) => t.querySelector('.kpi__label')?.textContent === label)!;
    return tile.querySelector('.kpi__delta')!.textContent;
  };

  it('says "new" when there were none before, for a count the server does not describe too', () => {
    expect(deltaOf(period({ openEscalations: 2 }), period({}), 'Open escalations')).toBe('▲ new: 2, none before');
  });

  it('says "none in either period" when both are zero', () => {
    expect(deltaOf(period({}), period({}), 'Escalated')).toBe('none in either period');
    cleanup();
    expect(deltaOf(period({}), period({}), 'Open escalations')).toBe('none in either period');
  });

  it('keeps "no earlier figure" for a figure that is missing', () => {
    const actioned = { actioned: 3, medianSeconds: 600, p90Seconds: 900 };
    expect(deltaOf(period({ timeToFirstAction: actioned }), period({}), 'Time to first action (median)')).toBe(
      'no earlier figure',
    );
  });

  it('says there is no figure in either period, not "no earlier figure", when neither has one', () => {
    expect(deltaOf(period({}), period({}), 'Time to first action (median)')).toBe('no figure in either period');
    cleanup();
    expect(deltaOf(period({ mentions: 0, flagged: 0 }), period({ mentions: 0, flagged: 0 }), 'Flagged share')).toBe(
      'no figure in either period',
    );
  });

  it('says there is no figure this period when only the earlier one has one', () => {
    const actioned = { actioned: 3, medianSeconds: 600, p90Seconds: 900 };
    expect(deltaOf(period({}), period({ timeToFirstAction: actioned }), 'Time to first action (median)')).toBe(
      'no figure this period',
    );
  });

  it('moves a share in percentage points, not by a percentage of itself', () => {
    // 3.2% of mentions flagged before, 5.0% now: 1.8 points, not +56%.
    expect(deltaOf(period({ flagged: 25 }), period({ flagged: 16 }), 'Flagged share')).toBe(
      '▲ +1.8 points vs previous',
    );
    cleanup();
    expect(deltaOf(period({ flagged: 16 }), period({ flagged: 25 }), 'Flagged share')).toBe(
      '▼ -1.8 points vs previous',
    );
    cleanup();
    expect(deltaOf(period({ flagged: 10 }), period({ flagged: 0 }), 'Flagged share')).toBe('▲ +2.0 points vs previous');
  });
});

describe('KeyFigures', () => {
  const keyFigures = (mentions: number) => {
    const current = summaryOf({ mentions, flagged: 0 });
    const previous = summaryOf({});
    render(<KeyFigures summary={{ current, previous, changes: changesOf(current, previous) }} csvHref="/csv" />);
  };

  it('says plainly when the range holds no mentions at all', () => {
    keyFigures(0);
    expect(screen.getByRole('status').textContent).toBe(
      'No mentions in this range, so its charts below have nothing to show. Try a longer or a more recent range.',
    );
  });

  it('says nothing of the kind when there are mentions', () => {
    keyFigures(12);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('drill-down links', () => {
  it('carries the queue filter, and sends managers to the count instead of the posts', () => {
    const drill = { from: '2026-07-01', to: '2026-07-07', topCategory: 'litigation' as const, platform: 'x' };
    expect(drillSearch(drill).toString()).toBe(
      'status=all&topCategory=litigation&platform=x&from=2026-07-01&to=2026-07-07',
    );
    expect(drillHref('comms', drill)).toMatch(/^\/queue\?/);
    expect(drillHref('manager', drill)).toMatch(/^\/trends\/mentions\?/);
  });

  it('asks the API for whole London days, summer time included', () => {
    const drill = drillApiQuery(drillSearch({ from: '2026-07-01', to: '2026-07-01' }));
    const api = new URLSearchParams('query' in drill ? drill.query : '');
    expect(api.get('from')).toBe('2026-06-30T23:00:00.000Z');
    expect(api.get('to')).toBe('2026-07-01T22:59:59.999Z');
    expect(api.get('status')).toBe('new,reviewed,dismissed,escalated,hidden');
  });

  it('ends a bucket at its last day inside the range', () => {
    expect(bucketLastDay('2026-01-05', 'week', '2026-12-31')).toBe('2026-01-11');
    expect(bucketLastDay('2026-12-01', 'month', '2026-12-15')).toBe('2026-12-15');
    expect(bucketLastDay('2026-11-01', 'month', '2027-12-31')).toBe('2026-11-30');
    expect(bucketLastDay('2026-12-01', 'month', '2027-12-31')).toBe('2026-12-31');
  });

  it('says "1 each" when a top list is all ties', () => {
    const entry = (flagged: number) => ({ key: 'a', platform: 'x', mentions: 3, flagged });
    expect(tieNote([entry(1), entry(1), entry(1)], 'flagged')).toBe('1 each: ties, most recent first.');
    expect(tieNote([entry(2), entry(1)], 'flagged')).toBeUndefined();
  });
});
