import type { EscalationDetail } from '@ou-listening/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useEscalation } from '../api/get-escalation';
import { CaseActions } from './case-actions';

const ME = '00000000-0000-4000-8000-000000000001';
const SAM = { id: '00000000-0000-4000-8000-000000000002', displayName: 'Sam Okafor' };

type CaseState = Pick<EscalationDetail, 'id' | 'version' | 'status' | 'assignee' | 'outcome' | 'outcomeNote'>;
const acknowledged: CaseState = {
  id: '7',
  version: 3,
  status: 'acknowledged',
  assignee: null,
  outcome: null,
  outcomeNote: null,
};
const closedBySam: CaseState = {
  ...acknowledged,
  version: 4,
  status: 'closed',
  assignee: SAM,
  outcome: 'informal_caution',
  outcomeNote: 'Spoke to the student',
};
const LONG_NOTE = 'Met the student with their tutor on Monday; they took the post down and apologised. '.repeat(20);

/**
 * The case as the server holds it. Given `theirs`, the first change sent is refused with a 409 carrying
 * `theirs`, as when another officer's tab saved first; any other change is saved.
 */
function serveCase(mine: CaseState, theirs?: CaseState) {
  let current = mine;
  let savedFirst = theirs;
  const fetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    if ((init?.method ?? 'GET') === 'GET') return new Response(JSON.stringify(current), { status: 200 });
    if (savedFirst) {
      current = savedFirst;
      savedFirst = undefined;
      const refusal = { statusCode: 409, message: 'This case was changed by someone else.', current };
      return new Response(JSON.stringify(refusal), { status: 409 });
    }
    current = { ...current, ...(JSON.parse(String(init?.body)) as Partial<CaseState>), version: current.version + 1 };
    return new Response(JSON.stringify(current), { status: 200 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The case page's part that matters here: the actions on the case as last loaded. */
function CasePage() {
  const escalation = useEscalation('7');
  return escalation.data ? <CaseActions escalation={escalation.data} currentUserId={ME} /> : null;
}

function renderCase() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CasePage />
    </QueryClientProvider>,
  );
}

async function closeWith(outcome: string, note: string) {
  fireEvent.click(await screen.findByRole('button', { name: 'Close case' }));
  const form = screen.getByRole('form', { name: 'Close this case' });
  fireEvent.change(within(form).getByLabelText('Outcome'), { target: { value: outcome } });
  fireEvent.change(within(form).getByLabelText('Outcome note'), { target: { value: note } });
  fireEvent.click(within(form).getByRole('button', { name: 'Close case with this outcome' }));
}

/** The changes sent to the server, as JSON bodies. */
const sent = (fetch: ReturnType<typeof serveCase>) =>
  fetch.mock.calls.filter(([, init]) => init?.body).map(([, init]) => JSON.parse(String(init?.body)) as unknown);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('closing or reopening a case another officer changed first', () => {
  it('says so, shows their close, and gives back the outcome and note the officer chose', async () => {
    serveCase(acknowledged, closedBySam);
    renderCase();
    await closeWith('referred_police', LONG_NOTE);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else changed this case; it now shows their change.');
    expect(alert.textContent).toContain('It is already closed.');
    expect(alert.textContent).toContain('Your outcome: Referred to the police');
    const note = within(alert).getByRole('textbox', { name: 'Your outcome note, not saved' }) as HTMLTextAreaElement;
    expect(note.value).toBe(LONG_NOTE);
    expect(screen.getByRole('button', { name: 'Reopen case' })).toBeTruthy();
  });

  it('keeps the outcome and note in the form when the case is still open, and sends them again on the new version', async () => {
    const assignedToSam = { ...acknowledged, version: 4, assignee: SAM };
    const fetch = serveCase(acknowledged, assignedToSam);
    renderCase();
    await closeWith('referred_police', LONG_NOTE);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your outcome and note are still in the form');
    const form = screen.getByRole('form', { name: 'Close this case' });
    expect((within(form).getByLabelText('Outcome') as HTMLSelectElement).value).toBe('referred_police');
    expect((within(form).getByLabelText('Outcome note') as HTMLTextAreaElement).value).toBe(LONG_NOTE);

    fireEvent.click(within(form).getByRole('button', { name: 'Close case with this outcome' }));
    await screen.findByRole('button', { name: 'Reopen case' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(sent(fetch)).toEqual([
      { status: 'closed', outcome: 'referred_police', outcomeNote: LONG_NOTE.trim(), version: 3 },
      { status: 'closed', outcome: 'referred_police', outcomeNote: LONG_NOTE.trim(), version: 4 },
    ]);
  });

  it('gives back the reason when someone else reopened the case first', async () => {
    serveCase(closedBySam, { ...closedBySam, version: 5, status: 'open', outcome: null });
    renderCase();
    fireEvent.click(await screen.findByRole('button', { name: 'Reopen case' }));
    fireEvent.change(screen.getByLabelText('Why reopen it?'), { target: { value: 'The student posted again' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reopen with this reason' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else changed this case; it now shows their change.');
    expect(alert.textContent).toContain('It is already open again.');
    const reason = within(alert).getByRole('textbox', { name: 'Your reason to reopen, not saved' });
    expect((reason as HTMLTextAreaElement).value).toBe('The student posted again');
    expect(screen.getByRole('button', { name: 'Close case' })).toBeTruthy();

    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('still says why "Assign to me" did nothing when the other change closed the case', async () => {
    serveCase(acknowledged, closedBySam);
    renderCase();
    fireEvent.click(await screen.findByRole('button', { name: 'Assign to me' }));

    const alert = await screen.findByRole('alert');
    await screen.findByRole('button', { name: 'Reopen case' });
    expect(alert.isConnected).toBe(true);
    expect(alert.textContent).toContain('Someone else changed this case; it now shows their change.');
    expect(alert.textContent).toContain('Try again if still needed.');
  });
});

describe("the close form's outcome note", () => {
  it('counts up to 5,000 characters and, past them, keeps the text but will not send it', async () => {
    const fetch = serveCase(acknowledged);
    renderCase();
    fireEvent.click(await screen.findByRole('button', { name: 'Close case' }));
    const form = screen.getByRole('form', { name: 'Close this case' });
    fireEvent.change(within(form).getByLabelText('Outcome'), { target: { value: 'no_further_action' } });
    const note = within(form).getByLabelText('Outcome note') as HTMLTextAreaElement;
    const count = () => document.getElementById(note.getAttribute('aria-describedby')!)?.textContent;
    expect(count()).toBe('0 of 5,000 characters');

    fireEvent.change(note, { target: { value: 'x'.repeat(10_000) } });
    expect(count()).toBe('10,000 of 5,000 characters');
    expect(note.value).toHaveLength(10_000);
    expect(within(form).getByRole('alert').textContent).toBe(
      'The outcome note is longer than the 5,000 characters it can hold: shorten it first.',
    );
    const submit = within(form).getByRole('button', { name: 'Close case with this outcome' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.submit(form);
    expect(sent(fetch)).toEqual([]);

    fireEvent.change(note, { target: { value: 'x'.repeat(5_000) } });
    expect(submit.disabled).toBe(false);
    expect(within(form).queryByRole('alert')).toBeNull();
  });
});
