import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { withStylesheets } from '../../testing/phone-width';
import { DataTable } from './components/data-table';

describe('trend tables on a 390 px phone', () => {
  withStylesheets(import.meta.dirname, ['../../styles.css'], 390);

  // Flagged mentions by category: five columns, 327 px wide with 6 px padding in a 316 px card, "Open" cut to "Ope".
  it('pad their cells tightly, so a row link fits the card whole', () => {
    render(
      <MemoryRouter>
        <DataTable
          caption="Flagged mentions per bucket and category"
          columns={['From', 'Category', 'Count', '7-day avg']}
          rows={[{ cells: ['2026-11-05', 'Confidential information', 1, '0.0'], href: '/queue' }]}
        />
      </MemoryRouter>,
    );
    const cells = screen.getAllByRole('cell');
    expect(cells).toHaveLength(5);
    for (const cell of cells) {
      expect(getComputedStyle(cell).paddingLeft).toBe('4px');
      expect(getComputedStyle(cell).paddingRight).toBe('4px');
    }
  });
});
