import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS, filtersFromSearchParams, filtersToApiQuery, filtersToSearchParams } from './filters';

describe('queue filters in the URL', () => {
  it('round-trips every filter, writing only what differs from the default', () => {
    const filters = {
      status: 'escalated' as const,
      categories: ['litigation' as const, 'safeguarding' as const],
      platform: 'x',
      q: 'tribunal',
      from: '2025-01-01',
      to: '2025-01-31',
      minScore: 0.7,
      assignee: 'me',
      secondLook: true,
      ownAccount: true,
      watchedAuthor: true,
      impersonation: true,
      anyStatus: false,
      topCategory: null,
      author: null,
      sort: 'newest' as const,
    };
    const params = filtersToSearchParams(filters);
    expect(params.toString()).toBe(
      'status=escalated&category=litigation%2Csafeguarding&platform=x&q=tribunal&from=2025-01-01&to=2025-01-31&minScore=0.7&assignee=me&secondLook=true&ownAccount=true&watchedAuthor=true&impersonation=true&sort=newest',
    );
    expect(filtersFromSearchParams(params)).toEqual(filters);
    expect(filtersToSearchParams(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('drops malformed values from a hand-edited URL instead of sending them to the API', () => {
    expect(
      filtersFromSearchParams(
        new URLSearchParams('status=deleted&category=nonsense,disrepute&minScore=7&from=yesterday&sort=oldest'),
      ),
    ).toEqual({ ...DEFAULT_FILTERS, categories: ['disrepute'] });
  });

  it('drops days in the wrong order from a hand-edited URL, so the list still loads', () => {
    expect(filtersFromSearchParams(new URLSearchParams('from=2026-03-31&to=2026-03-01&q=exam'))).toEqual({
      ...DEFAULT_FILTERS,
      q: 'exam',
    });
    expect(filtersFromSearchParams(new URLSearchParams('from=2026-03-01&to=2026-03-01'))).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-01',
    });
  });

  it('cuts a search from a link to the 200 characters the API takes', () => {
    expect(filtersFromSearchParams(new URLSearchParams({ q: 'a'.repeat(250) })).q).toBe('a'.repeat(200));
  });

  // Issue 19: the summary now takes the categories too, so its total is the list's count.
  it('asks the API for whole days and leaves sort out of the summary', () => {
    const filters = { ...DEFAULT_FILTERS, categories: ['disrepute' as const], from: '2025-03-01', to: '2025-03-01' };
    const api = filtersToApiQuery(filters, 'summary');
    expect([...api.keys()]).toEqual(['category', 'from', 'to']);
    expect(new Date(api.get('to')!).getTime() - new Date(api.get('from')!).getTime()).toBe(24 * 3600 * 1000 - 1);
    const list = filtersToApiQuery(filters, 'list');
    expect(list.get('category')).toBe('disrepute');
    expect(list.get('sort')).toBe('risk');
  });

  it('reads a Trends drill-down: every status, the top category and the author, and asks the API for all statuses', () => {
    const params = new URLSearchParams('status=all&topCategory=litigation&author=alice&platform=x');
    const filters = filtersFromSearchParams(params);
    expect(filters).toEqual({
      ...DEFAULT_FILTERS,
      anyStatus: true,
      topCategory: 'litigation',
      author: 'alice',
      platform: 'x',
    });
    expect(filtersToSearchParams(filters).toString()).toBe('platform=x&status=all&topCategory=litigation&author=alice');
    const api = filtersToApiQuery(filters, 'list');
    expect(api.get('status')).toBe('new,reviewed,dismissed,escalated,hidden');
    expect(api.get('topCategory')).toBe('litigation');
    expect(filtersFromSearchParams(new URLSearchParams('topCategory=everything')).topCategory).toBeNull();
  });
});

describe("queue dates are UK days, whatever the browser's time zone", () => {
  // A browser in New Zealand: its midnight is nowhere near London's.
  beforeEach(() => vi.stubEnv('TZ', 'Pacific/Auckland'));
  afterEach(() => vi.unstubAllEnvs());

  const apiDays = (from: string, to: string) => {
    const api = filtersToApiQuery({ ...DEFAULT_FILTERS, from, to }, 'list');
    return [api.get('from'), api.get('to')];
  };

  it('starts and ends a summer day at London midnight, an hour before UTC (BST)', () => {
    expect(apiDays('2026-07-01', '2026-07-01')).toEqual(['2026-06-30T23:00:00.000Z', '2026-07-01T22:59:59.999Z']);
  });

  it('gives the day the clocks go back its 25 hours', () => {
    expect(apiDays('2026-10-25', '2026-10-25')).toEqual(['2026-10-24T23:00:00.000Z', '2026-10-25T23:59:59.999Z']);
  });

  it('starts and ends a winter day at UTC midnight (GMT)', () => {
    expect(apiDays('2026-12-01', '2026-12-02')).toEqual(['2026-12-01T00:00:00.000Z', '2026-12-02T23:59:59.999Z']);
  });
});
