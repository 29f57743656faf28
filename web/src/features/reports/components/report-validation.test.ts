import { describe, expect, it } from 'vitest';
import { ukToday, validateReport } from './report-validation';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const GOOD = {
  description: 'Someone posted a classmate’s address in the module group.',
  platform: 'whatsapp',
  happenedAt: '2026-11-28',
  reporterType: 'student',
};

describe('validateReport', () => {
  it('passes a complete report', () => {
    expect(validateReport(form(GOOD), '2026-11-28')).toEqual({});
  });

  it('lists every wrong field at once, in the words of the form', () => {
    const found = validateReport(
      form({ ...GOOD, link: 'javascript:alert(1)', happenedAt: '2026-11-29', reporterEmail: 'not an address' }),
      '2026-11-28',
    );
    expect(found).toEqual({
      link: 'The link must be a web address starting with https:// (or leave it empty).',
      happenedAt: 'The date it happened is in the future. Give a date no later than today.',
      reporterEmail: 'That is not an e-mail address. Correct your e-mail address, or leave it empty.',
    });
  });

  it('asks for consent only once the address is a real one', () => {
    expect(validateReport(form({ ...GOOD, reporterEmail: 'a@example.org' }), '2026-11-28')).toEqual({
      consentToContact: 'Tick the box so that we may e-mail you, or leave the e-mail address empty.',
    });
  });

  it('takes today in UK time, whatever the clock of the browser', () => {
    // 23:30 UTC on 31 March 2026 is already 1 April in British Summer Time.
    expect(ukToday(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
  });
});
