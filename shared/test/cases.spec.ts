import { caseDueAt, describeCaseTarget } from '../src/cases';

const due = (raisedAt: string, amount: number, unit: 'hours' | 'working_days') =>
  caseDueAt(new Date(raisedAt), { amount, unit }).toISOString();

describe('acknowledgement targets', () => {
  it('count clock hours day and night for an hour target', () => {
    expect(due('2026-12-05T23:30:00Z', 1, 'hours')).toBe('2026-12-06T00:30:00.000Z');
  });

  it('count one working day as eight working hours, Monday to Friday 09:00–17:00 UK time', () => {
    // Tuesday 10:00 GMT → Wednesday 10:00
    expect(due('2026-12-01T10:00:00Z', 1, 'working_days')).toBe('2026-12-02T10:00:00.000Z');
    // Friday 16:00 GMT: one hour on Friday, seven on Monday → Monday 16:00
    expect(due('2026-12-04T16:00:00Z', 1, 'working_days')).toBe('2026-12-07T16:00:00.000Z');
    // Saturday morning: the whole of Monday → Monday 17:00
    expect(due('2026-12-05T10:00:00Z', 1, 'working_days')).toBe('2026-12-07T17:00:00.000Z');
    // Wednesday 20:00: after hours, so all of Thursday
    expect(due('2026-12-02T20:00:00Z', 1, 'working_days')).toBe('2026-12-03T17:00:00.000Z');
    // Before 09:00 on Monday: that Monday's whole day
    expect(due('2026-12-07T06:00:00Z', 1, 'working_days')).toBe('2026-12-07T17:00:00.000Z');
  });

  it('follow British Summer Time: 09:00 in June is 08:00 UTC', () => {
    // Monday 15 June 2026, 07:00 UTC = 08:00 BST, before the working day → Monday 17:00 BST = 16:00 UTC
    expect(due('2026-06-15T07:00:00Z', 1, 'working_days')).toBe('2026-06-15T16:00:00.000Z');
    // across the October clock change: Friday 23 Oct 16:00 BST (15:00 UTC) + 1 working day → Monday 16:00 GMT
    expect(due('2026-10-23T15:00:00Z', 1, 'working_days')).toBe('2026-10-26T16:00:00.000Z');
  });

  it('count several working days across a weekend', () => {
    // Thursday 12:00 + 3 working days → Tuesday 12:00
    expect(due('2026-12-03T12:00:00Z', 3, 'working_days')).toBe('2026-12-08T12:00:00.000Z');
  });

  it('read as words', () => {
    expect(describeCaseTarget({ amount: 1, unit: 'hours' })).toBe('1 hour');
    expect(describeCaseTarget({ amount: 3, unit: 'working_days' })).toBe('3 working days');
  });
});
