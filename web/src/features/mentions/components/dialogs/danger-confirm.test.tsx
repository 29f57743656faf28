import type { CategoryCode } from '@ou-listening/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { mentionItem } from '../__fixtures__/mention-item';
import { BulkMarkDialog } from './bulk-dialogs';
import { MarkDialog } from './mention-dialogs';

afterEach(cleanup);

const flagged = (id: string, ...codes: CategoryCode[]) =>
  mentionItem(id, { categories: codes.map((category) => ({ category, score: 0.9, policyRef: '', evidence: [] })) });

const withClient = (ui: ReactNode) =>
  render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>);

const warning = () => within(screen.getByRole('dialog')).getByRole('note').querySelector('strong')?.textContent;

describe('the warning before a pinned mention leaves the top of the queue', () => {
  it('names what the mention is pinned for: safeguarding, threat or both', () => {
    const noop = () => undefined;
    withClient(<MarkDialog mention={flagged('1', 'threat')} onDone={noop} onClose={noop} />);
    expect(warning()).toBe('This mention is pinned for threat.');
    cleanup();
    withClient(<MarkDialog mention={flagged('2', 'safeguarding')} onDone={noop} onClose={noop} />);
    expect(warning()).toBe('This mention is pinned for safeguarding.');
    cleanup();
    withClient(<MarkDialog mention={flagged('3', 'threat', 'safeguarding')} onDone={noop} onClose={noop} />);
    expect(warning()).toBe('This mention is pinned for safeguarding and threat.');
    cleanup();
    // Once someone has acted on it, it is no longer pinned: no warning.
    withClient(<MarkDialog mention={{ ...flagged('4', 'threat'), status: 'reviewed' }} onDone={noop} onClose={noop} />);
    expect(within(screen.getByRole('dialog')).queryByRole('note')).toBeNull();
  });

  it('says some of the ticked mentions are pinned, and for what, in a bulk dialog', () => {
    const noop = () => undefined;
    withClient(
      <BulkMarkDialog ids={['1', '2']} versions={{}} pinned="threat" onDone={noop} onStale={noop} onClose={noop} />,
    );
    expect(warning()).toBe('Some of these mentions are pinned for threat.');
    expect(screen.getByText(/Marking them removes the pin/)).toBeTruthy();
  });
});
