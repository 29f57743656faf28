import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { RangePicker } from './components/range-picker';
import { useTrendRange } from './hooks/use-trend-range';
import { addDays, londonToday } from './range';

afterEach(cleanup);

/** The picker as the Trends page uses it: the range it applies is the one in the URL, shown above it. */
function TrendsRange() {
  const trendRange = useTrendRange();
  const { from, to } = trendRange.range;
  return (
    <>
      <p data-testid="applied">
        {from} to {to}
      </p>
      <RangePicker key={`${from}:${to}`} {...trendRange} />
    </>
  );
}

function renderPicker(url = '/trends?range=30') {
  render(
    <MemoryRouter initialEntries={[url]}>
      <TrendsRange />
    </MemoryRouter>,
  );
  const applied = () => screen.getByTestId('applied').textContent;
  const field = (label: 'From' | 'To') => screen.getByLabelText(label, { exact: true });
  const apply = (from: string, to: string) => {
    fireEvent.change(field('From'), { target: { value: from } });
    fireEvent.change(field('To'), { target: { value: to } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply dates' }));
  };
  return { applied, field, apply };
}

const today = londonToday();
const last30Days = `${addDays(today, -29)} to ${today}`;

describe('the custom range', () => {
  it('refuses a range longer than the server allows with one message, and keeps the range shown', () => {
    const { applied, field, apply } = renderPicker();
    apply('2020-01-01', today);
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.textContent).toBe(
      'A range may cover at most 1,100 days (about three years); pick a later start or an earlier end.',
    );
    expect(field('From').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field('From').getAttribute('aria-describedby')!)?.textContent).toContain(
      'at most 1,100 days',
    );
    expect(applied()).toBe(last30Days);
  });

  it('applies a range of exactly 1,100 days', () => {
    const { applied, apply } = renderPicker();
    apply(addDays(today, -1099), today);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(applied()).toBe(`${addDays(today, -1099)} to ${today}`);
  });

  it('refuses an end before the start, and keeps the range shown', () => {
    const { applied, apply } = renderPicker();
    apply(addDays(today, -3), addDays(today, -10));
    expect(screen.getByRole('alert').textContent).toBe(
      'The end date is before the start date; pick an end on or after the start.',
    );
    expect(applied()).toBe(last30Days);
  });

  it('refuses an end date after today, and offers no later day', () => {
    const { applied, field, apply } = renderPicker();
    expect(field('To').getAttribute('max')).toBe(today);
    apply(addDays(today, -6), addDays(today, 3));
    expect(screen.getByRole('alert').textContent).toContain('The end date must not be after today');
    expect(applied()).toBe(last30Days);
  });

  it('asks for both dates when one is cleared', () => {
    const { applied, apply } = renderPicker();
    apply('', today);
    expect(screen.getByRole('alert').textContent).toBe('Choose both dates.');
    expect(applied()).toBe(last30Days);
  });

  it('applies a range that ends today, and clears an earlier message', () => {
    const { applied, apply } = renderPicker();
    apply('2020-01-01', today);
    apply(addDays(today, -6), today);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(applied()).toBe(`${addDays(today, -6)} to ${today}`);
  });
});

describe('a custom range in the address', () => {
  /** What the page says about the range in its address, if anything. */
  const addressMessage = () => screen.queryByRole('status')?.textContent ?? null;
  const couldNotUse = (why: string) =>
    `The range in the address could not be used. ${why} Showing the last 30 days instead.`;

  it('falls back to the last 30 days when it is longer than the server allows, and says why', () => {
    const { applied } = renderPicker(`/trends?range=custom&from=2000-01-01&to=${today}`);
    expect(applied()).toBe(last30Days);
    expect(addressMessage()).toBe(
      couldNotUse('A range may cover at most 1,100 days (about three years); pick a later start or an earlier end.'),
    );
  });

  it('falls back to the last 30 days when it ends after today, and says why', () => {
    const { applied } = renderPicker(`/trends?range=custom&from=${today}&to=${addDays(today, 30)}`);
    expect(applied()).toBe(last30Days);
    expect(addressMessage()).toBe(couldNotUse('The end date must not be after today: there are no figures yet.'));
  });

  it('falls back to the last 30 days when it is not a real range, and says why', () => {
    expect(renderPicker('/trends?range=custom&from=2026-02-30&to=2026-03-02').applied()).toBe(last30Days);
    expect(addressMessage()).toBe(couldNotUse('“2026-02-30” is not a real date; choose both dates.'));
    cleanup();
    expect(renderPicker('/trends?range=custom&from=abc&to=2026-03-02').applied()).toBe(last30Days);
    expect(addressMessage()).toBe(couldNotUse('“abc” is not a real date; choose both dates.'));
    cleanup();
    expect(renderPicker('/trends?range=custom&from=2026-03-02&to=2026-03-01').applied()).toBe(last30Days);
    expect(addressMessage()).toBe(
      couldNotUse('The end date is before the start date; pick an end on or after the start.'),
    );
  });

  it('keeps a range the server takes, without a word about it', () => {
    const { applied } = renderPicker('/trends?range=custom&from=2026-01-01&to=2026-01-31');
    expect(applied()).toBe('2026-01-01 to 2026-01-31');
    expect(addressMessage()).toBeNull();
  });

  it('stops saying the address was not used once a range is picked', () => {
    renderPicker('/trends?range=custom&from=abc&to=2026-03-02');
    fireEvent.click(screen.getByRole('button', { name: 'Last 7 days' }));
    expect(addressMessage()).toBeNull();
  });
});
