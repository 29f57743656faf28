import type { ClassifierPrecisionView } from '@ou-listening/shared';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setWindowWidth, withStylesheets } from '../../../testing/phone-width';
import { PrecisionTable } from './precision-table';

const VIEW: ClassifierPrecisionView = {
  windows: [
    { days: 30, categories: [{ category: 'litigation', confirmed: 3, falsePositives: 1, precision: 0.75 }] },
    { days: 90, categories: [{ category: 'litigation', confirmed: 18, falsePositives: 2, precision: 0.9 }] },
  ],
  sealed: {
    modelVersion: 'lr-2-000000000000',
    measuredAt: '2026-07-01T12:00:00.000Z',
    posts: 420,
    macroF1: 0.652,
    falseAlarmRate: 0.095,
    categories: [{ category: 'litigation', precision: 0.81, recall: 0.62, support: 40 }],
  },
  sealedIsForAnotherModel: false,
};

const shown = (el: Element | null) => el !== null && getComputedStyle(el).display !== 'none';

describe('the precision table on a 390 px phone', () => {
  withStylesheets(import.meta.dirname, ['../../../styles.css', '../classifier.css']);

  it('is a card a category with every figure readable, not a table that scrolls sideways', () => {
    setWindowWidth(390);
    render(<PrecisionTable view={VIEW} />);
    const cards = screen.getByRole('list', { name: 'Precision by category' });
    expect(shown(cards)).toBe(true);
    expect(shown(document.querySelector('.precision-wide'))).toBe(false);
    const card = within(cards).getByRole('listitem');
    const figure = (term: string) => within(card).getByText(term).nextElementSibling?.textContent;
    expect(within(card).getByText('Litigation')).toBeTruthy();
    expect(figure('Last 30 days')).toBe('0.75 (4 marks: too few to judge)');
    expect(figure('Last 90 days')).toBe('0.90 (18 confirmed, 2 false)');
    expect(figure('Sealed precision')).toBe('0.81');
    expect(figure('Sealed recall')).toBe('0.62');
  });

  it('stays a table on a wide screen', () => {
    setWindowWidth(1024);
    render(<PrecisionTable view={VIEW} />);
    expect(shown(screen.getByRole('table', { name: /Precision as staff marks record it/ }))).toBe(true);
    expect(shown(screen.getByRole('region', { name: 'Precision by category' }).parentElement)).toBe(true);
    expect(shown(document.querySelector('ul.precision-cards'))).toBe(false);
  });
});
