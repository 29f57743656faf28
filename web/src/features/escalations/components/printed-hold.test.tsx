import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrintedHold } from './printed-hold';

const withClient = (ui: React.ReactNode) => (
  <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
    {ui}
  </QueryClientProvider>
);

describe('the legal hold on the printable case', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('says the case is held, since when, by whom and why, from the hold as it stands', async () => {
    const fetch = vi.fn(
      async (_input: RequestInfo | URL) =>
        new Response(
          JSON.stringify({
            escalationId: '7',
            held: true,
            erasurePendingSince: null,
            erased: false,
            history: [
              {
                reason: 'Earlier claim',
                setBy: 'a@open.ac.uk',
                setAt: '2026-01-05T10:00:00Z',
                releasedBy: 'a@open.ac.uk',
                releasedAt: '2026-02-01T10:00:00Z',
                releaseReason: 'Settled',
              },
              {
                reason: 'Employment tribunal claim ET/123',
                setBy: 'dana@open.ac.uk',
                setAt: '2026-11-30T14:05:00Z',
                releasedBy: null,
                releasedAt: null,
                releaseReason: null,
              },
            ],
          }),
          { status: 200 },
        ),
    );
    vi.stubGlobal('fetch', fetch);
    render(withClient(<PrintedHold escalationId="7" held />));
    const line = await screen.findByText(/set by dana@open\.ac\.uk/);
    expect(line.textContent).toBe(
      'Under a legal hold since 30/11/2026 14:05 (UK time), set by dana@open.ac.uk. Reason: Employment tribunal claim ET/123',
    );
    expect(String(fetch.mock.calls[0]![0])).toContain('/api/privacy/cases/7/hold');
  });

  it('says plainly when it is not held, without asking the server', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    render(withClient(<PrintedHold escalationId="7" held={false} />));
    expect(screen.getByText('Not under a legal hold.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });
});
