import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RangePicker } from './components/range-picker';
import { addDays, londonToday } from './range';

afterEach(cleanup);

function renderPicker() {
  const onCustom = vi.fn();
  const today = londonToday();
  render(
    <RangePicker
      preset="30"
      range={{ from: addDays(today, -29), to: today }}
      interval="day"
      choosePreset={() => {}}
      chooseCustom={onCustom}
      chooseInterval={() => {}}
    />,
  );
  const form = screen.getByRole('form', { name: 'Custom range' });
  const set = (label: 'From' | 'To', day: string) =>
    fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value: day } });
  return { onCustom, today, form, set };
}

describe('the custom range', () => {
  it('refuses an end date after today, and offers no later day', () => {
    const { onCustom, today, form, set } = renderPicker();
    expect(screen.getByLabelText('To', { exact: true }).getAttribute('max')).toBe(today);
    set('To', addDays(today, 3));
    fireEvent.submit(form);
    expect(screen.getByRole('alert').textContent).toContain('The end date must not be after today');
    expect(onCustom).not.toHaveBeenCalled();
  });

  it('applies a range that ends today', () => {
    const { onCustom, today, form, set } = renderPicker();
    set('From', addDays(today, -6));
    fireEvent.submit(form);
    expect(onCustom).toHaveBeenCalledWith({ from: addDays(today, -6), to: today });
  });
});
