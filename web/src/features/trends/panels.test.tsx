import { CATEGORY_CODES, type CategoryPlatformMatrix } from '@ou-listening/shared';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChartSeries } from './components/trend-chart';
import { BacklogNow } from './panels/backlog-now';
import { CATEGORY_PLATFORM_PANEL } from './panels/category-platform';
import { FAST_PANELS } from './panels/fast';
import type { PanelContext } from './panels/panel';

const MATRIX: CategoryPlatformMatrix = {
  from: '2026-11-01',
  to: '2026-11-30',
  platforms: ['bluesky', 'x', 'rss', 'report', 'reddit', 'youtube'],
  rows: [{ category: 'disrepute', counts: { bluesky: 2, x: 1, report: 3, reddit: 1, youtube: 1 }, total: 8 }],
};

/** Just enough of a panel's context for the category-by-platform card. */
const ctx = {
  data: { matrix: { data: MATRIX } },
  rangeDrill: (rest = {}) => ({ from: '2026-11-01', to: '2026-11-30', ...rest }),
  href: () => '/queue',
  open: () => undefined,
} as unknown as PanelContext;

/** happy-dom lays nothing out: give the chart a card's size (and its legend a line) so recharts draws its bars. */
function layOutCharts() {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const height = this.classList.contains('recharts-legend-wrapper') ? 20 : 200;
    return { width: 400, height, top: 0, left: 0, right: 400, bottom: height, x: 0, y: 0, toJSON: () => ({}) };
  });
}

describe('Trends panels', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('says how many safeguarding and threat mentions wait for anyone now, and whether the longest wait is over target', () => {
    const backlog = (urgentWaiting: number, oldestUrgentWaitingSeconds: number | null) =>
      ({
        ...ctx,
        data: {
          response: {
            data: {
              targets: { urgentFirstActionMinutes: 15 },
              backlogNow: {
                open: 9,
                unassigned: 4,
                untriaged: 5,
                oldestUntriagedSeconds: 7200,
                urgentWaiting,
                oldestUrgentWaitingSeconds,
              },
            },
          },
        },
      }) as unknown as PanelContext;
    const tile = (label: string) => screen.getByText(label).closest('li')!.textContent;
    render(<BacklogNow ctx={backlog(2, 38 * 60)} />, { wrapper: MemoryRouter });
    expect(tile('Safeguarding and threats waiting')).toBe('Safeguarding and threats waiting2');
    expect(tile('Longest of those waits')).toBe('Longest of those waits38 min 0 sover the 15-minute target');
    cleanup();
    render(<BacklogNow ctx={backlog(0, null)} />, { wrapper: MemoryRouter });
    expect(tile('Safeguarding and threats waiting')).toBe('Safeguarding and threats waiting0');
    expect(tile('Longest of those waits')).toBe('Longest of those waits—target 15 min');
  });

  it('names the safeguarding response card for threats too, and charts threats beside safeguarding', () => {
    const panel = FAST_PANELS.find((p) => p.id === 'first-action-safeguarding')!;
    expect(panel.title).toBe('Time to first action: safeguarding and threats');
    const bucket = (p50Seconds: number | null) => ({
      start: '2026-11-30',
      n: p50Seconds === null ? 0 : 1,
      p50Seconds,
      p90Seconds: p50Seconds,
    });
    const response = {
      firstAction: { safeguarding: [bucket(null)], threat: [bucket(38 * 60)] },
      targets: { urgentFirstActionMinutes: 15 },
    };
    const { chart } = panel.render({ ...ctx, data: { response: { data: response } } } as unknown as PanelContext);
    const props = (chart as ReactElement<{ series: ChartSeries[]; rows: Array<Record<string, unknown>> }>).props;
    expect(props.series.map((s) => s.label)).toEqual([
      'Safeguarding: median',
      'Safeguarding: 90th percentile',
      'Threat: median',
      'Threat: 90th percentile',
    ]);
    // The one threat, 38 minutes against a 15-minute target, is on the chart, not only in the table.
    expect(props.rows).toEqual([{ start: '2026-11-30', p50_0: null, p90_0: null, p50_1: 38, p90_1: 38 }]);
  });

  it('shows platforms by the names the rest of the dashboard uses, each in its own colour', () => {
    const { chart, table } = CATEGORY_PLATFORM_PANEL.render(ctx);
    const series = (chart as ReactElement<{ series: ChartSeries[] }>).props.series;
    expect(series.map((s) => s.label)).toEqual(['Bluesky', 'X', 'RSS', 'Public report', 'Reddit', 'YouTube']);
    const colour = (key: string) => series.find((s) => s.key === key)?.colour;
    expect(colour('youtube')).not.toBe(colour('reddit'));
    expect(new Set(series.map((s) => s.colour)).size).toBe(series.length);
    expect(table.rows.map((r) => (Array.isArray(r) ? r[1] : r.cells[1]))).toEqual([
      'Bluesky',
      'X',
      'Public report',
      'Reddit',
      'YouTube',
    ]);
  });

  it("opens a category on one platform from that platform's segment of the category's bar", () => {
    layOutCharts();
    const open = vi.fn();
    const { chart } = CATEGORY_PLATFORM_PANEL.render({ ...ctx, open });
    const { container } = render(chart);
    const reddit = container.querySelector('path.recharts-rectangle[name="Reddit"]')!;
    fireEvent.click(reddit);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith({
      from: '2026-11-01',
      to: '2026-11-30',
      topCategory: 'disrepute',
      platform: 'reddit',
    });
  });

  it('says nobody has acted yet instead of drawing empty time-to-first-action axes', () => {
    const none = [{ start: '2026-11-30', n: 0, p50Seconds: null, p90Seconds: null }];
    const response = {
      firstAction: Object.fromEntries(['all', ...CATEGORY_CODES].map((key) => [key, none])),
      targets: { firstActionMinutes: 60, urgentFirstActionMinutes: 15 },
    };
    const chartOf = (id: string) =>
      FAST_PANELS.find((p) => p.id === id)!.render({
        ...ctx,
        data: { response: { data: response } },
      } as unknown as PanelContext).chart;
    render(chartOf('first-action'));
    expect(screen.getByText('Nobody has acted on a mention in this range yet.')).toBeTruthy();
    cleanup();
    render(chartOf('first-action-safeguarding'));
    expect(screen.getByText('Nobody has acted on a safeguarding or threat mention in this range yet.')).toBeTruthy();
  });
});
