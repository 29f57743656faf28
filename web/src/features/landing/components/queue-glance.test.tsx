import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MENTIONS_KEY } from '../../../lib/query-client';
import { QueueGlance } from './queue-glance';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

describe('the queue at a glance on the start page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('calls the mentions nobody has triaged yet (status new) "not yet triaged", not "new"', async () => {
    const fetch = vi.fn(async (input: RequestInfo | URL) =>
      new URL(String(input), 'http://x').pathname === '/api/mentions/summary'
        ? json({ total: 1062, countLimit: null })
        : json({ items: [], nextCursor: null }),
    );
    vi.stubGlobal('fetch', fetch);
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <QueueGlance />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const untriaged = await screen.findByRole('link', { name: /not yet triaged$/ });
    expect(untriaged.textContent).toBe('1,062 not yet triaged');
    expect(untriaged.getAttribute('href')).toBe('/queue?status=new');
    expect(fetch.mock.calls.map(([input]) => String(input))).toContain('/api/mentions/summary?status=new');
  });

  it('counts again as soon as any mention changes, not 30 seconds later', async () => {
    let pinned = 25;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const url = new URL(String(input), 'http://x');
        if (url.pathname === '/api/mentions/summary') return json({ total: 7, countLimit: null });
        const items = Array.from({ length: pinned }, (_, i) => ({ id: String(i) }));
        return json({ items, nextCursor: null });
      }),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <QueueGlance />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect((await screen.findByRole('link', { name: /pinned/ })).textContent).toBe(
      '25 pinned (safeguarding or threat)',
    );
    // An escalation in the queue invalidates every mentions query: the glance is one of them.
    pinned = 24;
    await client.invalidateQueries({ queryKey: MENTIONS_KEY });
    expect((await screen.findByRole('link', { name: /^24 pinned/ })).textContent).toBe(
      '24 pinned (safeguarding or threat)',
    );
  });
});
