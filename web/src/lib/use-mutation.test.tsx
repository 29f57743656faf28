import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type FormEvent, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMutation } from './use-mutation';

type Sent = { body: string; resolve: (id: string) => void };

/** A note form as the app writes them: nothing in it guards against a second submit. */
function NoteForm({ send, onAdded }: { send: (body: string) => Promise<string>; onAdded: (id: string) => void }) {
  const add = useMutation({ mutationFn: send });
  const [body, setBody] = useState('');
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(body, { onSuccess: onAdded });
  };
  return (
    <form onSubmit={handleSubmit} aria-label="Note">
      <input aria-label="Body" value={body} onChange={(e) => setBody(e.target.value)} />
      <button type="submit">Add note</button>
    </form>
  );
}

function setUp() {
  const sent: Sent[] = [];
  const send = vi.fn(
    (body: string) => new Promise<string>((resolve) => void sent.push({ body, resolve: (id) => resolve(id) })),
  );
  const onAdded = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <NoteForm send={send} onAdded={onAdded} />
    </QueryClientProvider>,
  );
  return { sent, send, onAdded };
}

afterEach(cleanup);

describe('useMutation', () => {
  it('sends a request once while the same one is in flight (a double click, Enter twice), and calls back once', async () => {
    const { sent, send, onAdded } = setUp();
    fireEvent.change(screen.getByLabelText('Body'), { target: { value: 'Rang the office' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    fireEvent.submit(screen.getByRole('form', { name: 'Note' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    sent[0]!.resolve('n1');
    await waitFor(() => expect(onAdded).toHaveBeenCalledTimes(1));
    expect(send).toHaveBeenCalledTimes(1);
    expect(onAdded).toHaveBeenCalledWith('n1', 'Rang the office', undefined, expect.anything());
  });

  it('sends the same request again once the first has finished, and a different one at once', async () => {
    const { sent, send } = setUp();
    const body = screen.getByLabelText('Body');
    fireEvent.change(body, { target: { value: 'First' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    fireEvent.change(body, { target: { value: 'Second' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(sent.map((s) => s.body)).toEqual(['First', 'Second']));
    sent[0]!.resolve('n1');
    sent[1]!.resolve('n2');
    fireEvent.change(body, { target: { value: 'First' } });
    await waitFor(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
      expect(send).toHaveBeenCalledTimes(3);
    });
  });
});
