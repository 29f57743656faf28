import type { UseQueryResult } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QueryState } from './query-state';

// Only the fields QueryState reads: which state the query is in, and its data or error.
const pending = { isPending: true, isError: false } as UseQueryResult<string>;
const failed = { isPending: false, isError: true, error: new Error('timed out') } as UseQueryResult<string>;
const done = { isPending: false, isError: false, data: 'three cases' } as UseQueryResult<string>;

describe('QueryState', () => {
  afterEach(cleanup);

  it('shows a line of text as the muted loading line while the query is pending', () => {
    const { container } = render(
      <QueryState query={pending} loading="Counting the queue…" failed="Could not count the queue">
        {(data) => <p>{data}</p>}
      </QueryState>,
    );
    expect(container.innerHTML).toBe('<p class="loading">Counting the queue…</p>');
  });

  it('shows any other loading element as it is given', () => {
    const { container } = render(
      <QueryState query={pending} loading={<p role="status">Loading the report…</p>} failed="Could not load">
        {(data) => <p>{data}</p>}
      </QueryState>,
    );
    expect(container.innerHTML).toBe('<p role="status">Loading the report…</p>');
  });

  it("says what failed and the server's reason in an alert", () => {
    render(
      <QueryState query={failed} loading="Loading the figures…" failed="Could not load the figures">
        {(data) => <p>{data}</p>}
      </QueryState>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Could not load the figures: timed out');
  });

  it('shows the data once it has come', () => {
    render(
      <QueryState query={done} loading="Loading the figures…" failed="Could not load the figures">
        {(data) => <p>{data}</p>}
      </QueryState>,
    );
    expect(screen.getByText('three cases')).toBeTruthy();
    expect(screen.queryByText('Loading the figures…')).toBeNull();
  });
});
