import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, useSearchParams } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { useDrillDown } from './api/get-drill-down';
import { describeDrill } from './describe-drill';
import { drillApiQuery } from './drill-down';

/** The drill-down page's count, read from its link the way the page reads it. */
function DrillCount() {
  const [params] = useSearchParams();
  const count = useDrillDown(drillApiQuery(params));
  if (count.isError) return <p role="alert">Could not count them: {count.error.message}</p>;
  return <p>{count.data ? `${count.data.total} mentions` : 'Counting…'}</p>;
}

function openDrillDown(search: string) {
  const fetch = vi.fn(
    async (_input: RequestInfo | URL) => new Response(JSON.stringify({ total: 3, countLimit: null }), { status: 200 }),
  );
  vi.stubGlobal('fetch', fetch);
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter initialEntries={[`/trends/mentions?${search}`]}>
        <DrillCount />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { fetch };
}

describe('a drill-down link edited by hand', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it.each([
    ['from=garbage&to=2026-11-30', 'The start date in the link, “garbage”, is not a real date.'],
    ['from=2026-11-01&to=garbage', 'The end date in the link, “garbage”, is not a real date.'],
    ['from=2026-11-06T25:00', 'The start date in the link, “2026-11-06T25:00”, is not a real date.'],
    ['from=99999-01-01', 'The start date in the link, “99999-01-01”, is not a real date.'],
    ['from=2026-02-30&to=2026-03-31', 'The start date in the link, “2026-02-30”, is not a real date.'],
    ['from=2026-11-30&to=2026-11-01', 'The end date in the link is before its start date.'],
  ])('says what is wrong with %s, in the page, and asks the API nothing', async (search, problem) => {
    const { fetch } = openDrillDown(`status=all&topCategory=disrepute&${search}`);
    expect((await screen.findByRole('alert')).textContent).toBe(`Could not count them: ${problem}`);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('counts a link with real days, as whole London days', async () => {
    const { fetch } = openDrillDown('status=all&topCategory=disrepute&from=2026-11-01&to=2026-11-30');
    expect(await screen.findByText('3 mentions')).toBeTruthy();
    const asked = new URL(String(fetch.mock.calls[0]![0]), 'http://x').searchParams;
    expect(asked.get('from')).toBe('2026-11-01T00:00:00.000Z');
    expect(asked.get('to')).toBe('2026-11-30T23:59:59.999Z');
  });
});

describe('what a drill-down link means, in words', () => {
  const words = (search: string) => describeDrill(new URLSearchParams(search));

  it('names the platform as the rest of the dashboard does, not by its code', () => {
    expect(words('topCategory=disrepute&platform=x&from=2026-11-01&to=2026-11-30')).toBe(
      'Disrepute mentions on X from 01/11/2026 to 30/11/2026',
    );
    expect(words('topCategory=any&platform=report&from=2026-11-05&to=2026-11-05')).toBe(
      'Flagged mentions on Public report on 05/11/2026',
    );
  });

  it('quotes a date that is not a real one as the link gave it', () => {
    expect(words('from=garbage&to=2026-11-30')).toBe('Mentions from “garbage” to 30/11/2026');
  });
});
