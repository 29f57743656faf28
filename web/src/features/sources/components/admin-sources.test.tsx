import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdminSourcesRoute } from '../../../app/routes/admin-sources';

const SOURCES = [
  {
    id: '2',
    kind: 'demo',
    name: 'Demo corpus',
    enabled: true,
    pollIntervalSeconds: 60,
    retryAt: null,
    isDemo: true,
    health: {
      state: 'active',
      lastRunAt: new Date().toISOString(),
      lastRunStatus: 'ok',
      lastSuccessAt: new Date().toISOString(),
      lastErrorAt: null,
      lastError: null,
      nextPollAt: new Date(Date.now() + 60_000).toISOString(),
    },
  },
];
const QUERIES = [
  {
    id: '1',
    name: 'The Open University',
    phrases: ['Open University'],
    handles: ['OpenUniversity'],
    hashtags: ['OpenUniversity'],
    exclusions: [],
    language: null,
    includeReposts: false,
    enabled: true,
  },
];

function answer(routes: Record<string, [number, unknown]>) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${url.replace(/\?.*$/, '')}`;
    const [status, body] = routes[key] ?? [404, { statusCode: 404, message: 'not found' }];
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <AdminSourcesRoute />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('admin Sources page', () => {
  it('shows each source with its health, marks demo data, and disables a source', async () => {
    const fetch = answer({
      'GET /api/sources': [200, SOURCES],
      'GET /api/ingest-runs': [200, []],
      'GET /api/watch-queries': [200, QUERIES],
      'PATCH /api/sources/2': [200, { ...SOURCES[0], enabled: false }],
    });
    renderPage();
    expect(await screen.findByRole('rowheader', { name: /Demo corpus/ })).toBeTruthy();
    expect(screen.getByText('Active')).toBeTruthy();
    expect(screen.getByText(/Demo data/)).toBeTruthy();
    expect(await screen.findByText(/No ingest runs yet/)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Phrases (comma-separated)' })).toHaveProperty(
      'value',
      'Open University',
    );

    fireEvent.click(screen.getByRole('checkbox', { name: 'Enabled: Demo corpus' }));
    await waitFor(() =>
      expect(fetch).toHaveBeenCalledWith(
        '/api/sources/2',
        expect.objectContaining({ method: 'PATCH', body: '{"enabled":false}' }),
      ),
    );
  });

  it('says so when the sources cannot be loaded', async () => {
    answer({ 'GET /api/sources': [403, { statusCode: 403, message: 'Admins only' }] });
    renderPage();
    expect((await screen.findByText(/Could not load the sources/)).textContent).toContain('Admins only');
  });
});
