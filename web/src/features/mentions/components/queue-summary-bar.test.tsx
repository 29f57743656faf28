import type { QueueSummary } from '@ou-listening/shared';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QueueSummaryBar } from './queue-summary-bar';

const counts = (overrides: Partial<QueueSummary>): QueueSummary => ({
  total: 12,
  byCategory: {
    confidential: 0,
    litigation: 3,
    disrepute: 1001,
    personal_data: 0,
    safeguarding: 1000,
    threat: 0,
    academic_misconduct: 0,
  },
  countLimit: null,
  approximate: false,
  newSinceLastSeen: 0,
  lastSeenAt: null,
  ...overrides,
});

const show = (summary: QueueSummary) =>
  render(
    <QueueSummaryBar
      summary={summary}
      selectedCategories={[]}
      isMarkingSeen={false}
      onToggleCategory={() => undefined}
      onMarkSeen={() => undefined}
    />,
  );

describe('QueueSummaryBar', () => {
  afterEach(cleanup);

  it('shows exact counts as they are', () => {
    show(counts({ total: 1234, newSinceLastSeen: 2 }));
    expect(screen.getByRole('status').textContent).toContain('1,234 in this view.');
    expect(screen.getByRole('button', { name: 'Disrepute 1,001' })).toBeTruthy();
    expect(screen.getByText('2 new since you last looked.')).toBeTruthy();
  });

  it('shows a count that stopped past the limit as "more than the limit"', () => {
    show(counts({ total: 1001, newSinceLastSeen: 1001, countLimit: 1000 }));
    expect(screen.getByRole('status').textContent).toContain('1,000+ in this view.');
    expect(screen.getByRole('button', { name: 'Disrepute 1,000+' })).toBeTruthy();
    // exactly the limit is exact
    expect(screen.getByRole('button', { name: 'Safeguarding 1,000' })).toBeTruthy();
    expect(screen.getByText('1,000+ new since you last looked.')).toBeTruthy();
  });

  it('says "about" for the estimates of a broad search, and keeps exact what was counted', () => {
    show(
      counts({
        total: 170_000,
        byCategory: { ...counts({}).byCategory, disrepute: 4_100, litigation: 12 },
        newSinceLastSeen: 1001,
        countLimit: 1000,
        approximate: true,
      }),
    );
    expect(screen.getByRole('status').textContent).toContain('About 170,000 in this view.');
    expect(screen.getByRole('button', { name: 'Disrepute about 4,100' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Litigation 12' })).toBeTruthy();
    expect(screen.getByText('1,000+ new since you last looked.')).toBeTruthy();
  });
});
