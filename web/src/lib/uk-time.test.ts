import { describe, expect, it } from 'vitest';
import {
  datesOutOfOrder,
  formatDuration,
  formatUkDate,
  formatUkTime,
  isDay,
  londonDayEnd,
  londonMidnight,
} from './uk-time';

describe('the one date formatter', () => {
  it('writes dd/mm/yyyy and a 24-hour clock in UK time, GMT in winter', () => {
    expect(formatUkTime('2026-01-05T14:07:09Z')).toBe('05/01/2026 14:07');
    expect(formatUkTime('2026-01-05T14:07:09Z', { time: 'medium' })).toBe('05/01/2026 14:07:09');
  });

  it('moves to BST in summer, so midnight UTC is 01:00 the same day in London', () => {
    expect(formatUkTime('2026-07-01T00:30:00Z')).toBe('01/07/2026 01:30');
    expect(formatUkDate('2026-06-30T23:30:00Z')).toBe('01/07/2026');
  });

  it('writes a plain day as dd/mm/yyyy without moving it', () => {
    expect(formatUkDate('2026-12-25')).toBe('25/12/2026');
  });

  it('says how long in minutes, hours and days', () => {
    expect(formatDuration(30)).toBe('under a minute');
    expect(formatDuration(45 * 60)).toBe('45 min');
    expect(formatDuration(2 * 3600 + 5 * 60)).toBe('2 h 5 min');
    expect(formatDuration(3 * 86400 + 4 * 3600)).toBe('3 days 4 h');
  });
});

describe('London days as instants', () => {
  it('starts a day at London midnight, GMT or BST, and ends it 23, 24 or 25 hours later', () => {
    expect(londonMidnight('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(londonDayEnd('2026-03-29').toISOString()).toBe('2026-03-29T22:59:59.999Z');
    expect(londonMidnight('2026-10-25').toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(londonDayEnd('2026-10-25').toISOString()).toBe('2026-10-25T23:59:59.999Z');
    expect(londonDayEnd('2026-12-31').toISOString()).toBe('2026-12-31T23:59:59.999Z');
  });
});

describe('calendar days from date fields and URLs', () => {
  it('takes only real days written yyyy-mm-dd', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-2-3')).toBe(false);
    expect(isDay('')).toBe(false);
    expect(isDay(null)).toBe(false);
  });

  it('says when the end day comes before the start, and not when either is blank', () => {
    expect(datesOutOfOrder('2026-03-02', '2026-03-01')).toBe(true);
    expect(datesOutOfOrder('2026-03-01', '2026-03-01')).toBe(false);
    expect(datesOutOfOrder(null, '2026-03-01')).toBe(false);
  });
});
