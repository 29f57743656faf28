import type { SessionUser } from '@ou-listening/shared';
import { cleanup, render, screen, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../lib/query-client';
import { routes } from './router';

type Answers = { me: SessionUser | null; database?: 'up' | 'down' };

/** A fake of the API at the fetch boundary: each path answers as the server would. */
function serve({ me, database = 'up' }: Answers) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const path = String(input);
      const json = (status: number, body: unknown) =>
        new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
      if (path === '/api/auth/me')
        return me
          ? json(200, me)
          : json(401, { statusCode: 401, error: 'Unauthorized', message: 'Sign in to continue' });
      if (path === '/api/health')
        return json(database === 'up' ? 200 : 503, { status: database === 'up' ? 'ok' : 'error', database });
      return json(404, { statusCode: 404, error: 'Not Found', message: 'Not found' });
    }),
  );
}

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const user = (role: SessionUser['role']): SessionUser => ({
  id: '00000000-0000-4000-8000-000000000001',
  email: `${role}@open.ac.uk`,
  displayName: `A ${role}`,
  role,
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('app shell', () => {
  it('sends someone without a session to the sign-in page, remembering where they were going', async () => {
    serve({ me: null });
    const router = renderAt('/admin/users');
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(router.state.location.search).toBe('?next=%2Fadmin%2Fusers');
  });

  it('shows a communications officer the overview and no admin pages', async () => {
    serve({ me: user('comms') });
    renderAt('/overview');
    expect(await screen.findByRole('heading', { name: 'Overview' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Overview', 'Queue']);
    expect(screen.getByText('Safeguarding')).toBeTruthy();
    expect(await screen.findByRole('status', { name: 'System status: Database up' })).toBeTruthy();
  });

  it('shows an admin the admin pages', async () => {
    serve({ me: user('admin') });
    renderAt('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await within(nav).findByRole('link', { name: 'Users' });
    expect(within(nav).getByRole('link', { name: 'Audit log' })).toBeTruthy();
  });

  it('tells a non-admin that an admin page is not available', async () => {
    serve({ me: user('manager') });
    renderAt('/admin/audit');
    expect(await screen.findByRole('heading', { name: 'Not available' })).toBeTruthy();
  });

  it('says so when the database is down', async () => {
    serve({ me: user('comms'), database: 'down' });
    renderAt('/');
    expect(await screen.findByRole('status', { name: 'System status: Database down' })).toBeTruthy();
  });

  it('answers an unknown address with a not-found page', async () => {
    serve({ me: user('comms') });
    renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });
});
