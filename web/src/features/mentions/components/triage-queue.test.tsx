import type { MentionDetail, MentionListItem, QueueSummary } from '@ou-listening/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TriageQueue } from './triage-queue';
import { mentionItem } from './__fixtures__/mention-item';

const ME = '00000000-0000-4000-8000-000000000001';

const mention = mentionItem;

const detailOf = (m: MentionListItem): MentionDetail => ({
  ...m,
  history: [],
  notes: [],
  marks: [],
  authorRecent: [],
  platformActions: [],
  platformOptions: null,
  escalationNotices: [],
});

const SUMMARY: QueueSummary = {
  total: 3,
  byCategory: {
    confidential: 0,
    litigation: 0,
    disrepute: 2,
    personal_data: 1,
    safeguarding: 1,
    threat: 0,
    academic_misconduct: 0,
  },
  countLimit: null,
  approximate: false,
  newSinceLastSeen: 2,
  lastSeenAt: null,
};

/** The platform filter offers what the server says: configured platforms and those with mentions. */
const PLATFORM_OPTIONS = [
  { platform: 'x', label: 'X (Twitter)', configured: true, mentions: 10 },
  { platform: 'reddit', label: 'Reddit', configured: false, mentions: 3 },
];

type Answer = [number, unknown] | undefined;
type Route = (url: URL, init?: RequestInit) => Answer | Promise<Answer>;

/** The API faked at the fetch boundary; unknown paths are 404s, as the server would answer. */
function serve(route: Route) {
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const [status, body] = (url.pathname === '/api/sources/platforms'
      ? [200, PLATFORM_OPTIONS]
      : await route(url, init)) ?? [404, { statusCode: 404, error: 'Not Found', message: 'no route' }];
    return new Response(status === 204 ? null : JSON.stringify(body), { status });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function renderQueue(path = '/queue') {
  const router = createMemoryRouter([{ path: '/queue/:id?', element: <TriageQueue currentUserId={ME} /> }], {
    initialEntries: [path],
  });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const calls = (fetch: ReturnType<typeof serve>, method: string, path: string) =>
  fetch.mock.calls.filter(
    ([input, init]) => (init?.method ?? 'GET') === method && new URL(String(input), 'http://x').pathname === path,
  );

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the triage queue', () => {
  const safeguarding = mention('1', {
    riskScore: 0.95,
    text: 'I cannot go on, call me on 07700 900123',
    categories: [
      {
        category: 'safeguarding',
        score: 0.95,
        policyRef: 'In an emergency',
        evidence: [{ start: 27, end: 39, text: '07700 900123', reason: 'uk_phone' }],
      },
    ],
  });
  const items = [safeguarding, mention('2', { isDemo: true }), mention('3')];

  function standardApi(extra: Route = () => undefined) {
    return serve((url, init) => {
      const found = extra(url, init);
      if (found) return found;
      if (url.pathname === '/api/mentions') return [200, { items, nextCursor: null }];
      if (url.pathname === '/api/mentions/summary') return [200, SUMMARY];
      const one = items.find((m) => url.pathname === `/api/mentions/${m.id}`);
      if (one) return [200, detailOf(one)];
      return undefined;
    });
  }

  /** Opens Escalate on the mention by `author` and writes a reason; the dialog is returned unsent. */
  async function escalateDialog(author: RegExp, reason: string) {
    fireEvent.click(await screen.findByRole('button', { name: author }));
    fireEvent.click(await screen.findByRole('button', { name: 'Escalate' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reason' }), { target: { value: reason } });
    return dialog;
  }

  it('lists mentions with a safeguarding banner, demo badge, highlighted evidence and category counts', async () => {
    standardApi();
    renderQueue();
    const list = await screen.findByRole('list', { name: 'Mentions' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByText('Safeguarding — act now')).toBeTruthy();
    expect(within(rows[0]!).getByTitle('UK phone number').textContent).toContain('07700 900123');
    expect(within(rows[1]!).getByText('Demo')).toBeTruthy();
    expect(within(rows[2]!).queryByText('Demo')).toBeNull();
    expect(await screen.findByText('2 new since you last looked.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Personal information 1' })).toBeTruthy();
  });

  it('shows a threat with the red banner, the police step, and urgent pre-filled when escalating', async () => {
    const threat = mention('9', {
      riskScore: 0.9,
      text: 'Waiting outside the tutorial centre for that marker tonight',
      topCategory: 'threat',
      categories: [{ category: 'threat', score: 0.9, policyRef: '2.1 threats to safety', evidence: [] }],
    });
    serve((url) => {
      if (url.pathname === '/api/mentions') return [200, { items: [threat], nextCursor: null }];
      if (url.pathname === '/api/mentions/summary') return [200, SUMMARY];
      if (url.pathname === '/api/mentions/9') return [200, detailOf(threat)];
      if (url.pathname === '/api/mentions/safeguarding-alert') return [200, { emailed: false }];
      return undefined;
    });
    renderQueue();
    const list = await screen.findByRole('list', { name: 'Mentions' });
    expect(within(list).getByText('Threat — act now')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: /@author9/ }));
    const steps = await screen.findByRole('region', { name: 'What to do now' });
    expect(steps.textContent).toContain('contact the police on 999');
    // This server e-mails no one: the steps say to phone the team, and promise no alert.
    await within(steps).findByText(/phone the Safeguarding Referrals Team yourself/);
    expect(steps.textContent).not.toContain('e-mailed at once');
    fireEvent.click(screen.getByRole('button', { name: 'Escalate' }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByRole('combobox', { name: 'Severity' }) as HTMLSelectElement).value).toBe('urgent');
    // The reason's limit shows before anything is sent, and the field keeps to it.
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' }) as HTMLTextAreaElement;
    expect(reason.maxLength).toBe(2000);
    expect(reason.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(reason.getAttribute('aria-describedby')!)?.textContent).toBe(
      '0 of 2,000 characters',
    );
    fireEvent.change(reason, { target: { value: 'Names the marker and where they will be' } });
    expect(within(dialog).getByText('39 of 2,000 characters')).toBeTruthy();
  });

  it('keeps filters in the URL both ways', async () => {
    const fetch = standardApi();
    const router = renderQueue('/queue?status=escalated&category=disrepute&q=court');
    await screen.findByRole('list', { name: 'Mentions' });
    const list = new URL(String(calls(fetch, 'GET', '/api/mentions')[0]![0]), 'http://x').searchParams;
    expect(list.get('status')).toBe('escalated');
    expect(list.get('category')).toBe('disrepute');
    expect(list.get('q')).toBe('court');
    expect((screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value).toBe('escalated');
    expect((screen.getByRole('searchbox', { name: 'Search mentions' }) as HTMLInputElement).value).toBe('court');
    expect(screen.getByRole('button', { name: /^Disrepute/ }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'newest' } });
    fireEvent.click(screen.getByRole('button', { name: /^Disrepute/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=escalated&q=court&sort=newest'));
    await waitFor(() =>
      expect(calls(fetch, 'GET', '/api/mentions').some(([input]) => String(input).includes('sort=newest'))).toBe(true),
    );
  });

  it('filters to Second look through the URL and marks the mentions the model was unsure about', async () => {
    const unsure = mention('7', {
      riskScore: 0,
      topCategory: null,
      categories: [],
      secondLook: ['safeguarding'],
      text: 'Standing on the platform again tonight',
    });
    const fetch = serve((url) => {
      if (url.pathname === '/api/mentions') {
        const only = url.searchParams.get('secondLook') === 'true';
        return [200, { items: only ? [unsure] : [mention('3')], nextCursor: null }];
      }
      if (url.pathname === '/api/mentions/summary') return [200, SUMMARY];
      if (url.pathname === '/api/mentions/7') return [200, detailOf(unsure)];
      return undefined;
    });
    const router = renderQueue();
    const list = await screen.findByRole('list', { name: 'Mentions' });
    expect(within(list).queryByText(/^Second look/)).toBeNull();
    const toggle = screen.getByRole('checkbox', { name: 'Second look only' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);

    fireEvent.click(toggle);
    await waitFor(() => expect(router.state.location.search).toBe('?secondLook=true'));
    const row = (await screen.findByText('Second look: possible safeguarding — the model is unsure')).closest('li');
    expect(row?.getAttribute('data-mention-id')).toBe('7');
    expect((screen.getByRole('checkbox', { name: 'Second look only' }) as HTMLInputElement).checked).toBe(true);
    const asked = calls(fetch, 'GET', '/api/mentions').map(([input]) => new URL(String(input), 'http://x'));
    expect(asked.at(-1)!.searchParams.get('secondLook')).toBe('true');
    expect(
      calls(fetch, 'GET', '/api/mentions/summary').some(([input]) => String(input).includes('secondLook=true')),
    ).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: /@author7/ }));
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('Second look: possible safeguarding — the model is unsure');
    expect(screen.queryByText(/act now/)).toBeNull();
  });

  it('moves with j/k, selects with x, and opens the hide dialog with h', async () => {
    standardApi();
    renderQueue();
    await screen.findByRole('list', { name: 'Mentions' });
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'k' });
    fireEvent.keyDown(document.body, { key: 'j' });
    const rows = screen.getAllByRole('listitem');
    expect(rows[1]!.getAttribute('aria-current')).toBe('true');
    expect(await screen.findByRole('heading', { name: /@author2/ })).toBeTruthy();

    fireEvent.keyDown(document.body, { key: 'x' });
    expect((screen.getByRole('checkbox', { name: /Select mention by @author2/ }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.getByRole('region', { name: 'Bulk actions' }).textContent).toContain('1 selected');

    fireEvent.keyDown(document.body, { key: 'h' }); // with a mention ticked, h hides the ticked ones
    fireEvent.keyDown(await screen.findByRole('dialog', { name: 'Hide 1 mention' }), { key: 'Escape' });
    fireEvent.keyDown(document.body, { key: 'x' });
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).toBeNull();

    fireEvent.keyDown(document.body, { key: 'h' });
    const dialog = await screen.findByRole('dialog', { name: 'Hide the mention by @author2' });
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    expect(document.activeElement).toBe(reason);
    fireEvent.keyDown(reason, { key: 'j' }); // typing, not moving
    expect(rows[1]!.getAttribute('aria-current')).toBe('true');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.keyDown(document.body, { key: '?' });
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });

  // Issue 19: the notice no longer blames "someone else" (it was often the person's own earlier change).
  it('on a 409 says the mention changed, shows how it stands, and retries with the new version', async () => {
    const current = mention('3', {
      status: 'reviewed',
      version: 2,
      latestMark: { mark: 'no_action', at: new Date().toISOString(), by: { id: 'u2', displayName: 'Pat Other' } },
    });
    const fetch = standardApi((url, init) => {
      if (url.pathname !== '/api/mentions/3/hide') return undefined;
      const body = JSON.parse(String(init?.body)) as { version: number };
      return body.version === 1
        ? [409, { statusCode: 409, error: 'Conflict', message: 'Stale version', current }]
        : [200, { ...current, status: 'hidden', hidden: true, version: 3 }];
    });
    renderQueue();
    fireEvent.click(await screen.findByRole('button', { name: /@author3/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Hide' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reason' }), { target: { value: 'Spam' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hide mention' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('This mention changed since it was shown here');
    expect(alert.textContent).toContain('Status: Reviewed');
    expect(alert.textContent).toContain('No action needed by Pat Other');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Retry: hide mention' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const hides = calls(fetch, 'POST', '/api/mentions/3/hide').map(([, init]) => JSON.parse(String(init?.body)));
    expect(hides).toEqual([
      { reason: 'Spam', version: 1 },
      { reason: 'Spam', version: 2 },
    ]);
  });

  it('an undo refused because a colleague acted since says so and opens the mention as it stands', async () => {
    const hidden = { ...mention('3'), status: 'hidden' as const, hidden: true, version: 2 };
    standardApi((url) => {
      if (url.pathname === '/api/mentions/3/hide') return [200, hidden];
      if (url.pathname === '/api/mentions/3/unhide')
        return [
          409,
          { statusCode: 409, error: 'Conflict', message: 'Stale version', current: { ...hidden, version: 3 } },
        ];
      return undefined;
    });
    const router = renderQueue();
    fireEvent.click(await screen.findByRole('button', { name: /@author3/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Hide' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reason' }), { target: { value: 'Spam' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hide mention' }));
    const toast = (await screen.findByText('Hidden.')).closest<HTMLElement>('[role="status"]')!;
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/queue/3'));
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(
      await within(toast).findByText(
        'Could not undo: someone else changed this mention since; it is open as it now stands',
      ),
    ).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/queue/3'));
  });

  it('after marking the top pinned mention, which stays in the list without its pin, moves on to the next pinned one', async () => {
    const pinned = (id: string, score: number) =>
      mention(id, { riskScore: score, categories: [{ category: 'safeguarding', score, policyRef: '', evidence: [] }] });
    const first = pinned('11', 0.95);
    const second = pinned('12', 0.9);
    const rest = [
      mention('13', { riskScore: 0.99 }),
      mention('14', { riskScore: 0.98 }),
      mention('15', { riskScore: 0.2 }),
    ];
    const marked = { ...first, status: 'reviewed' as const, version: 2 };
    let shown = [first, second, ...rest];
    serve((url) => {
      if (url.pathname === '/api/mentions/11/mark') {
        // Reviewed, it loses its pin and sorts among the rest by its score.
        shown = [second, rest[0]!, rest[1]!, marked, rest[2]!];
        return [200, marked];
      }
      if (url.pathname === '/api/mentions') return [200, { items: shown, nextCursor: null }];
      // The refetch after the action: the list comes back (and shows) before the rest, as in a browser.
      if (url.pathname === '/api/mentions/summary')
        return new Promise<Answer>((resolve) =>
          setTimeout(() => resolve([200, SUMMARY]), shown[0] === first ? 0 : 300),
        );
      const one = shown.find((m) => url.pathname === `/api/mentions/${m.id}`);
      return one ? [200, detailOf(one)] : undefined;
    });
    const router = renderQueue('/queue/11');
    fireEvent.click(await screen.findByRole('button', { name: 'Mark' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: /Needs follow-up/ }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Reason/ }), { target: { value: 'Spoke to them' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /I have read it/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save mark' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await waitFor(() => expect(router.state.location.pathname).toBe('/queue/12'));
    const rows = within(screen.getByRole('list', { name: 'Mentions' })).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('data-mention-id'))).toEqual(['12', '13', '14', '11', '15']);
    expect(rows[0]!.getAttribute('aria-current')).toBe('true');
  });

  it('escalates a possible threat from the second look as urgent, and says which case it opened', async () => {
    const unsure = mention('9', { topCategory: null, categories: [], secondLook: ['threat'], riskScore: 0.1 });
    const fetch = standardApi((url) => {
      if (url.pathname === '/api/mentions') return [200, { items: [unsure], nextCursor: null }];
      if (url.pathname === '/api/mentions/9') return [200, detailOf(unsure)];
      if (url.pathname === '/api/mentions/9/escalate')
        return [
          200,
          {
            mention: {
              ...unsure,
              status: 'escalated',
              escalation: { id: '7', status: 'open', severity: 'urgent' },
              version: 2,
            },
            escalationId: '7',
          },
        ];
      return undefined;
    });
    renderQueue();
    const dialog = await escalateDialog(/@author9/, 'Waiting outside');
    expect((within(dialog).getByRole('combobox', { name: 'Severity' }) as HTMLSelectElement).value).toBe('urgent');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Escalate mention' }));
    expect(await screen.findByText('Escalated: case #7 opened, urgent.')).toBeTruthy();
    expect(JSON.parse(String(calls(fetch, 'POST', '/api/mentions/9/escalate')[0]![1]?.body))).toMatchObject({
      severity: 'urgent',
    });
  });

  it('offers no retry when a colleague has already opened a case for the mention', async () => {
    standardApi((url) =>
      url.pathname === '/api/mentions/2/escalate'
        ? [
            409,
            {
              statusCode: 409,
              message: 'Stale version, or a case is already open',
              current: {
                ...mention('2'),
                status: 'escalated',
                escalation: { id: '7', status: 'open', severity: 'high' },
                version: 2,
              },
            },
          ]
        : undefined,
    );
    renderQueue();
    const dialog = await escalateDialog(/@author2/, 'Threat');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Escalate mention' }));
    expect(
      await within(dialog).findByText('Case #7 is already open for this mention: there is nothing to escalate again.'),
    ).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: /^Retry/ })).toBeNull();
    expect((within(dialog).getByRole('button', { name: 'Escalate mention' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says why a failed action failed and keeps the dialog open', async () => {
    standardApi((url) =>
      url.pathname === '/api/mentions/2/escalate'
        ? [400, { statusCode: 400, error: 'Bad Request', message: ['reason must be shorter'] }]
        : undefined,
    );
    renderQueue();
    const dialog = await escalateDialog(/@author2/, 'Threat');
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Severity' }), { target: { value: 'high' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Escalate mention' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Nothing was changed: reason must be shorter');
  });

  it('marks with a category correction, and sends bulk hides for the ticked mentions', async () => {
    const fetch = standardApi((url, init) => {
      if (url.pathname === '/api/mentions/3/mark') return [200, { ...mention('3'), status: 'reviewed', version: 2 }];
      if (url.pathname === '/api/mentions/bulk') {
        const { ids } = JSON.parse(String(init?.body)) as { ids: string[] };
        return [200, { updated: ids.length, versions: Object.fromEntries(ids.map((id) => [id, 2])) }];
      }
      return undefined;
    });
    renderQueue();
    fireEvent.click(await screen.findByRole('button', { name: /@author3/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mark' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'False positive' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Disrepute' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Litigation' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save mark' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(JSON.parse(String(calls(fetch, 'POST', '/api/mentions/3/mark')[0]![1]?.body))).toEqual({
      mark: 'false_positive',
      categories: ['litigation'],
      version: 1,
    });

    fireEvent.click(screen.getByRole('checkbox', { name: /Select mention by @author1/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Select mention by @author2/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Hide selected' }));
    const bulk = await screen.findByRole('dialog', { name: 'Hide 2 mentions' });
    fireEvent.change(within(bulk).getByRole('textbox', { name: 'Reason' }), { target: { value: 'Spam wave' } });
    // Issue 19: @author1 is pinned for safeguarding, so hiding it asks for a tick as well as the reason.
    expect((within(bulk).getByRole('button', { name: 'Hide 2 mentions' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(bulk).getByRole('checkbox', { name: 'I have read it and I am sure nobody needs help' }));
    fireEvent.click(within(bulk).getByRole('button', { name: 'Hide 2 mentions' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Bulk actions' })).toBeNull());
    expect(JSON.parse(String(calls(fetch, 'POST', '/api/mentions/bulk')[0]![1]?.body))).toEqual({
      ids: ['1', '2'],
      // each as it was when ticked, so a colleague's later change is not overwritten
      versions: { '1': 1, '2': 1 },
      action: 'hide',
      reason: 'Spam wave',
    });

    // Undo sends the same mentions back at the versions the hide left them at.
    const toast = (await screen.findByText('Hidden 2 mentions.')).closest<HTMLElement>('[role="status"]')!;
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(calls(fetch, 'POST', '/api/mentions/bulk')).toHaveLength(2));
    expect(JSON.parse(String(calls(fetch, 'POST', '/api/mentions/bulk')[1]![1]?.body))).toEqual({
      ids: ['1', '2'],
      versions: { '1': 2, '2': 2 },
      action: 'unhide',
    });
  });

  it('assigns the ticked mentions to the signed-in user and says so', async () => {
    const fetch = standardApi((url, init) => {
      if (url.pathname === '/api/mentions/bulk') {
        const { ids } = JSON.parse(String(init?.body)) as { ids: string[] };
        return [200, { updated: ids.length, versions: Object.fromEntries(ids.map((id) => [id, 2])) }];
      }
      return undefined;
    });
    renderQueue();
    fireEvent.click(await screen.findByRole('checkbox', { name: /Select mention by @author1/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Select mention by @author2/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Assign selected to me' }));
    const toast = (await screen.findByText('Assigned 2 mentions to you.')).closest<HTMLElement>('[role="status"]')!;
    expect(within(toast).queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).toBeNull();
    expect(JSON.parse(String(calls(fetch, 'POST', '/api/mentions/bulk')[0]![1]?.body))).toMatchObject({
      ids: ['1', '2'],
      action: 'assign',
    });
  });

  it('a bulk hide refused because a ticked mention changed since: says so, and unticks just that one', async () => {
    standardApi((url) => {
      if (url.pathname === '/api/mentions/bulk')
        return [
          409,
          {
            statusCode: 409,
            message: 'One of the ticked mentions was changed by someone else since you ticked it; nothing was changed.',
            changed: ['2'],
          },
        ];
      return undefined;
    });
    renderQueue();
    fireEvent.click(await screen.findByRole('checkbox', { name: /Select mention by @author2/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Select mention by @author3/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Hide selected' }));
    const bulk = await screen.findByRole('dialog', { name: 'Hide 2 mentions' });
    fireEvent.change(within(bulk).getByRole('textbox', { name: 'Reason' }), { target: { value: 'Spam wave' } });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Hide 2 mentions' }));
    expect((await within(bulk).findByRole('alert')).textContent).toMatch(/changed by someone else/);
    const ticked = (name: RegExp) => (screen.getByRole('checkbox', { name }) as HTMLInputElement).checked;
    await waitFor(() => expect(ticked(/Select mention by @author2/)).toBe(false));
    expect(ticked(/Select mention by @author3/)).toBe(true);
  });

  it('offers only the platforms the server lists in the platform filter', async () => {
    serve((url) =>
      url.pathname === '/api/mentions' ? [200, { items: [], nextCursor: null }] : [200, { ...SUMMARY, total: 0 }],
    );
    renderQueue();
    const platform = screen.getByRole('combobox', { name: /Platform/ });
    await waitFor(() =>
      expect([...platform.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
        'All platforms',
        'X',
        'Reddit',
      ]),
    );
  });

  // Issue 19: an empty list says why, and offers to clear the filters when they are the reason.
  it('shows the empty states, saying why, and the error state', async () => {
    serve((url) =>
      url.pathname === '/api/mentions' ? [200, { items: [], nextCursor: null }] : [200, { ...SUMMARY, total: 0 }],
    );
    renderQueue();
    expect(await screen.findByText(/^Nothing left to decide/)).toBeTruthy();
    cleanup();
    serve((url) =>
      url.pathname === '/api/mentions' ? [200, { items: [], nextCursor: null }] : [200, { ...SUMMARY, total: 0 }],
    );
    const router = renderQueue('/queue?q=nothing-matches');
    const empty = await screen.findByText(/^No matches: no mention fits these filters/);
    fireEvent.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    cleanup();
    serve(() => [500, { statusCode: 500, error: 'Internal Server Error', message: 'Database down' }]);
    renderQueue();
    expect((await screen.findByRole('alert')).textContent).toContain('Could not load the queue: Database down');
  });

  // A manager's link from a Trends figure: every filter it applies shows in the panel and can be taken off.
  it('shows the filters a link applied, each removable, even those without a control of their own', async () => {
    const colleague = '00000000-0000-4000-8000-000000000002';
    const fetch = standardApi((url) =>
      url.pathname === '/api/mentions/assignable-users'
        ? [200, [{ id: colleague, displayName: 'Priya Shah' }]]
        : undefined,
    );
    const router = renderQueue(
      `/queue?topCategory=any&author=mk_lad&status=all&minScore=0.42&assignee=${colleague}&from=2026-11-01`,
    );
    const panel = await screen.findByRole('search', { name: 'Filter mentions' });
    const selected = (name: string) => {
      const select = within(panel).getByRole('combobox', { name }) as HTMLSelectElement;
      return select.options[select.selectedIndex]?.textContent;
    };
    expect(selected('Status')).toBe('Any status');
    expect(selected('Minimum risk')).toBe('42 or more');
    await waitFor(() => expect(selected('Assigned to')).toBe('Priya Shah'));
    expect((within(panel).getByLabelText('From') as HTMLInputElement).value).toBe('2026-11-01');
    const fromLink = within(panel).getByRole('group', { name: 'Filters from the link' });
    expect(fromLink.textContent).toContain('Top category: Flagged (any category)');
    expect(fromLink.textContent).toContain('Author: @mk_lad');

    fireEvent.click(
      within(fromLink).getByRole('button', { name: 'Remove filter: Top category: Flagged (any category)' }),
    );
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).has('topCategory')).toBe(false));
    expect(new URLSearchParams(router.state.location.search).get('author')).toBe('mk_lad');
    await waitFor(() =>
      expect(calls(fetch, 'GET', '/api/mentions').some(([input]) => !String(input).includes('topCategory'))).toBe(true),
    );
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Status' }), { target: { value: '' } });
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).has('status')).toBe(false));
    fireEvent.click(within(panel).getByRole('button', { name: 'Remove filter: Author: @mk_lad' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Filters from the link' })).toBeNull());
  });
});
