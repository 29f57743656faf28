import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseNotes } from './case-notes';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("a case's note box", () => {
  it('counts up to 5,000 characters and, past them, keeps the pasted text but will not send it', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <CaseNotes escalationId="7" notes={[]} canWrite />
      </QueryClientProvider>,
    );
    const box = screen.getByRole('textbox', { name: 'Add a note' }) as HTMLTextAreaElement;
    const count = () => document.getElementById(box.getAttribute('aria-describedby')!)?.textContent;
    const add = screen.getByRole('button', { name: 'Add note' }) as HTMLButtonElement;
    expect(count()).toBe('0 of 5,000 characters');

    fireEvent.change(box, { target: { value: 'x'.repeat(10_000) } });
    expect(box.value).toHaveLength(10_000);
    expect(count()).toBe('10,000 of 5,000 characters');
    expect(screen.getByRole('alert').textContent).toBe(
      'The note is longer than the 5,000 characters it can hold: shorten it first.',
    );
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(add.disabled).toBe(true);
    fireEvent.submit(box.form!);
    expect(fetch).not.toHaveBeenCalled();

    fireEvent.change(box, { target: { value: 'x'.repeat(5_000) } });
    expect(count()).toBe('5,000 of 5,000 characters');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(add.disabled).toBe(false);
  });
});
