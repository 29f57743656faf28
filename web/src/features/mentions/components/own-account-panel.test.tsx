import type { MentionDetail } from '@ou-listening/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mentionItem } from './__fixtures__/mention-item';
import { OwnAccountPanel } from './own-account-panel';

const COMMENT: MentionDetail = {
  ...mentionItem('42', {
    platform: 'facebook',
    externalId: '111_222',
    url: 'https://www.facebook.com/111?comment_id=222',
    authorId: '555',
    authorHandle: null,
    authorName: 'Jo Student',
    text: 'Where are my results?',
    lang: null,
    postedAt: new Date(Date.now() - 60_000).toISOString(),
    riskScore: 0,
    topCategory: null,
    categories: [],
    onOwnAccount: true,
    ownContext: {
      parentPost: { id: '111', url: 'https://www.facebook.com/111', text: 'Results are out today', postedAt: null },
      canHide: true,
      canReply: true,
    },
    version: 3,
  }),
  history: [],
  notes: [],
  marks: [],
  authorRecent: [],
  platformActions: [],
  escalationNotices: [],
  platformOptions: {
    platformLabel: 'Facebook',
    hide: { offered: true },
    reply: { offered: true },
    block: { offered: true },
    authorBlocked: false,
  },
};

function renderPanel(mention: MentionDetail) {
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as { text?: string };
    return new Response(JSON.stringify({ ...mention, version: 4, text: body.text ?? mention.text }), { status: 200 });
  });
  vi.stubGlobal('fetch', fetch);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <OwnAccountPanel mention={mention} />
    </QueryClientProvider>,
  );
  return fetch;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a comment on our own account', () => {
  it('shows the post it was left on, and sends a reply only after the preview is confirmed', async () => {
    const fetch = renderPanel(COMMENT);
    expect(screen.getByLabelText('Our post').textContent).toBe('Results are out today');
    fireEvent.change(screen.getByLabelText('Your reply'), { target: { value: 'Hello Jo, we are on it.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview reply' }));
    expect(screen.getByLabelText('Reply preview').textContent).toBe('Hello Jo, we are on it.');
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Post reply on Facebook' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe('/api/mentions/42/reply');
    expect(JSON.parse(String(init?.body))).toEqual({ text: 'Hello Jo, we are on it.', version: 3 });
  });

  it('keeps a pasted reply over the limit whole, says so, and will not preview it until it is cut down', () => {
    renderPanel(COMMENT);
    const box = screen.getByLabelText('Your reply');
    fireEvent.change(box, { target: { value: 'x'.repeat(2_001) } });
    expect((box as HTMLTextAreaElement).value).toHaveLength(2_001);
    expect(screen.getByText('2,001 of 2,000 characters')).toBeTruthy();
    expect(
      screen.getByText('The reply is longer than the 2,000 characters it can hold: shorten it first.'),
    ).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Preview reply' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(box, { target: { value: 'x'.repeat(2_000) } });
    expect((screen.getByRole('button', { name: 'Preview reply' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says why a reply or a block is not offered instead of offering it', () => {
    renderPanel({
      ...COMMENT,
      platform: 'instagram',
      platformOptions: {
        platformLabel: 'Instagram',
        hide: { offered: true },
        reply: { offered: false, reason: 'Instagram does not allow replies to this comment' },
        block: { offered: false, reason: "Instagram's API has no way to block an account" },
        authorBlocked: false,
      },
    });
    expect(screen.queryByLabelText('Your reply')).toBeNull();
    expect(screen.getByText(/Replying is not offered: Instagram does not allow replies/)).toBeTruthy();
    expect(screen.getByText(/Blocking is not offered: Instagram's API has no way to block/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Block/ })).toBeNull();
  });

  it('shows a failed platform call with its error and when it is tried again', () => {
    renderPanel({
      ...COMMENT,
      platformActions: [
        {
          id: '9',
          kind: 'hide',
          platform: 'facebook',
          status: 'pending',
          attempts: 1,
          nextAttemptAt: new Date(Date.now() + 60_000).toISOString(),
          lastError: 'Graph API answered HTTP 500 (code 2)',
          text: null,
          resultUrl: null,
          requestedBy: 'comms@open.ac.uk',
          createdAt: new Date().toISOString(),
          settledAt: null,
        },
      ],
    });
    expect(screen.getByText(/not done yet: Graph API answered HTTP 500 \(code 2\)\. Trying again/)).toBeTruthy();
  });
});
