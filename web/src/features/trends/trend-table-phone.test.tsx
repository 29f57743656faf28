import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataTable } from './components/data-table';

// Vitest hands `?raw` CSS over empty, so the stylesheet is read as the browser would get it.
const STYLES = readFileSync(`${import.meta.dirname}/../../styles.css`, 'utf8');
const setWindowWidth = (width: number) =>
  (window as unknown as { happyDOM: { setWindowSize: (size: { width: number }) => void } }).happyDOM.setWindowSize({
    width,
  });

describe('trend tables on a 390 px phone', () => {
  const style = document.createElement('style');
  beforeEach(() => {
    setWindowWidth(390);
    style.textContent = STYLES;
    document.head.append(style);
  });
  afterEach(() => {
    cleanup();
    style.remove();
    setWindowWidth(1024);
  });

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
