import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from './router';

function renderAt(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

function answerHealth(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('app shell', () => {
  it('shows the overview with every policy category', async () => {
    answerHealth(200, { status: 'ok', database: 'up' });
    renderAt('/');
    expect(await screen.findByRole('heading', { name: 'Overview' })).toBeTruthy();
    expect(screen.getByText('Personal information')).toBeTruthy();
    expect(screen.getByText('Safeguarding')).toBeTruthy();
    expect(await screen.findByRole('status', { name: 'System status: Database up' })).toBeTruthy();
  });

  it('says so when the database is down', async () => {
    answerHealth(503, { status: 'error', database: 'down' });
    renderAt('/');
    expect(await screen.findByRole('status', { name: 'System status: Database down' })).toBeTruthy();
  });

  it('answers an unknown address with a not-found page', async () => {
    answerHealth(200, { status: 'ok', database: 'up' });
    renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });
});
