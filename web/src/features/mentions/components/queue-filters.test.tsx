import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS, type QueueFilters as Filters } from '../filters';
import { QueueFilters } from './queue-filters';

/** The filters as the queue holds them (in the URL there): what the list is asked for is shown. */
function FiltersHarness({ initial }: { initial: Filters }) {
  const [filters, setFilters] = useState(initial);
  return (
    <>
      <p data-testid="applied">
        {filters.from ?? '…'} to {filters.to ?? '…'}
      </p>
      <QueueFilters filters={filters} onChange={setFilters} searchRef={createRef()} />
    </>
  );
}

function renderFilters(initial: Partial<Filters> = {}) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <FiltersHarness initial={{ ...DEFAULT_FILTERS, ...initial }} />
    </QueryClientProvider>,
  );
  const applied = () => screen.getByTestId('applied').textContent;
  const field = (label: 'From' | 'To') => screen.getByLabelText(label, { exact: true }) as HTMLInputElement;
  const pick = (label: 'From' | 'To', day: string) => fireEvent.change(field(label), { target: { value: day } });
  return { applied, field, pick };
}

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('[]', { status: 200 })),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const OUT_OF_ORDER = /^The end date is before the start date/;

describe('the queue date filters', () => {
  it('keep the days they had when the end is put before the start, and say so at the fields', () => {
    const { applied, field, pick } = renderFilters({ from: '2026-03-01', to: '2026-03-31' });
    pick('To', '2026-02-01');
    expect(screen.getByRole('alert').textContent).toMatch(OUT_OF_ORDER);
    expect(field('To').value).toBe('2026-02-01');
    expect(field('To').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field('From').getAttribute('aria-describedby')!)?.textContent).toMatch(OUT_OF_ORDER);
    expect(applied()).toBe('2026-03-01 to 2026-03-31');
  });

  it('refuse a start after the end too', () => {
    const { applied, pick } = renderFilters({ to: '2026-03-31' });
    pick('From', '2026-04-02');
    expect(screen.getByRole('alert').textContent).toMatch(OUT_OF_ORDER);
    expect(applied()).toBe('… to 2026-03-31');
  });

  it('apply the days once they are in order again, and the message goes', () => {
    const { applied, pick } = renderFilters({ from: '2026-03-01', to: '2026-03-31' });
    pick('To', '2026-02-01');
    pick('From', '2026-01-15');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(applied()).toBe('2026-01-15 to 2026-02-01');
  });

  it('apply a single day, the same at both ends', () => {
    const { applied, pick } = renderFilters({ from: '2026-03-01' });
    pick('To', '2026-03-01');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(applied()).toBe('2026-03-01 to 2026-03-01');
  });

  it('empty, message and all, when the filters are cleared', () => {
    const { applied, field, pick } = renderFilters({ from: '2026-03-01', to: '2026-03-31' });
    pick('To', '2026-02-01');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect([field('From').value, field('To').value]).toEqual(['', '']);
    expect(applied()).toBe('… to …');
  });
});

describe('the queue search box', () => {
  it('takes no more than the 200 characters the server searches for', () => {
    renderFilters();
    expect((screen.getByRole('searchbox', { name: 'Search mentions' }) as HTMLInputElement).maxLength).toBe(200);
  });
});
