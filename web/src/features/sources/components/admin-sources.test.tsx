import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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
const PLATFORMS = [
  {
    kind: 'x',
    label: 'X (Twitter)',
    supported: true,
    configured: false,
    missing: ['X_BEARER_TOKEN'],
    missingOneOf: false,
    settings: [{ name: 'X_BEARER_TOKEN', set: false, secret: true, required: true }],
    sources: [{ id: '1', name: 'X (Twitter)', enabled: true, state: 'not_configured' }],
    retryAt: null,
    quota: null,
    recentRuns: [],
    mentions: 0,
  },
  {
    kind: 'youtube',
    label: 'YouTube',
    supported: true,
    configured: true,
    missing: [],
    missingOneOf: false,
    settings: [{ name: 'YOUTUBE_API_KEY', set: true, secret: true, required: true }],
    sources: [{ id: '5', name: 'YouTube', enabled: true, state: 'rate_limited' }],
    retryAt: new Date(Date.now() + 3_600_000).toISOString(),
    quota: { used: 2_300, limit: 10_000, resetsAt: new Date(Date.now() + 7_200_000).toISOString() },
    recentRuns: [
      {
        id: '9',
        sourceId: '5',
        sourceName: 'YouTube',
        startedAt: new Date().toISOString(),
        finishedAt: new Date().toISOString(),
        status: 'rate_limited',
        fetched: 0,
        inserted: 0,
        duplicates: 0,
        quarantined: 0,
        error: 'quota exhausted',
        retryAt: null,
      },
    ],
    mentions: 1234,
  },
];
const TRANSLATIONS = [
  { platform: 'x', searches: ['"OU exams" -is:retweet'], note: null, problem: null },
  { platform: 'reddit', searches: ['search: "OU exams"'], note: null, problem: null },
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
    subreddits: ['OpenUniversity'],
    feeds: [],
    enabled: true,
    translations: TRANSLATIONS,
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

// Unmount each test's page before the next (and before the environment goes): a page left mounted
// keeps React's scheduler and the live preview's timer running after happy-dom's window is gone.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('admin Sources page', () => {
  it('shows each source with its health, marks demo data, and disables a source', async () => {
    const fetch = answer({
      'GET /api/sources': [200, SOURCES],
      'GET /api/ingest-runs': [200, []],
      'GET /api/watch-queries': [200, QUERIES],
      'GET /api/sources/overview': [200, PLATFORMS],
      'POST /api/watch-queries/preview': [200, TRANSLATIONS],
      'PATCH /api/sources/2': [200, { ...SOURCES[0], enabled: false }],
    });
    renderPage();
    expect(await screen.findByRole('rowheader', { name: /Demo corpus/ })).toBeTruthy();
    expect(screen.getByText('Active')).toBeTruthy();
    expect(screen.getByText(/Demo data/)).toBeTruthy();
    expect(await screen.findByText(/No ingest runs yet/)).toBeTruthy();
    const saved = screen.getByRole('form', { name: 'Watch query The Open University' });
    expect(within(saved).getByRole('textbox', { name: 'Phrases (comma-separated)' })).toHaveProperty(
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

  it('shows each platform: what is missing, its quota, rate limit and runs, and never a value', async () => {
    answer({
      'GET /api/sources': [200, SOURCES],
      'GET /api/ingest-runs': [200, []],
      'GET /api/watch-queries': [200, QUERIES],
      'GET /api/sources/overview': [200, PLATFORMS],
      'POST /api/watch-queries/preview': [200, TRANSLATIONS],
    });
    renderPage();
    const x = await screen.findByRole('article', { name: 'X (Twitter)' });
    expect(x.textContent).toContain('Not configured');
    expect(x.textContent).toContain('Missing: X_BEARER_TOKEN');
    const youtube = screen.getByRole('article', { name: 'YouTube' });
    expect(youtube.textContent).toContain('Rate-limited');
    expect(youtube.textContent).toContain('2,300 of 10,000 units');
    expect(youtube.textContent).toContain('1,234');
    expect(youtube.textContent).toContain('quota exhausted');
  });

  it('adds a watch query, previewing what each platform is asked', async () => {
    const fetch = answer({
      'GET /api/sources': [200, SOURCES],
      'GET /api/ingest-runs': [200, []],
      'GET /api/watch-queries': [200, QUERIES],
      'GET /api/sources/overview': [200, PLATFORMS],
      'POST /api/watch-queries/preview': [200, TRANSLATIONS],
      'POST /api/watch-queries': [201, { ...QUERIES[0], id: '2', name: 'Exams' }],
    });
    renderPage();
    const form = await screen.findByRole('form', { name: 'Add a watch query' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Exams' } });
    fireEvent.change(within(form).getByLabelText('Phrases (comma-separated)'), { target: { value: 'OU exams, EMA' } });
    expect(await within(form).findByText('"OU exams" -is:retweet')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Add watch query' }));
    await waitFor(() =>
      expect(fetch).toHaveBeenCalledWith(
        '/api/watch-queries',
        expect.objectContaining({ method: 'POST', body: expect.stringContaining('"phrases":["OU exams","EMA"]') }),
      ),
    );
    expect(await within(form).findByText('Added.')).toBeTruthy();
  });

  it('says so when the sources cannot be loaded', async () => {
    answer({ 'GET /api/sources': [403, { statusCode: 403, message: 'Admins only' }] });
    renderPage();
    expect((await screen.findByText(/Could not load the sources/)).textContent).toContain('Admins only');
  });
});
