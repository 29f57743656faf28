import { describe, expect, it } from 'vitest';
import { REPORT_LIMITS } from '@ou-listening/shared';
import { addScreenshots, ukToday, validateReport } from './report-validation';

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
      link: 'The link must be a web address starting with https:// or http:// (or leave it empty).',
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

describe('addScreenshots', () => {
  const picture = (name: string, type = 'image/png', bytes = 10) => new File([new Uint8Array(bytes)], name, { type });

  it('adds to those already chosen up to the limit, and names the ones left out', () => {
    const kept = ['1.png', '2.png', '3.png', '4.png'].map((name) => picture(name));
    const { files, problem } = addScreenshots(kept, [picture('5.png'), picture('6.png')]);
    expect(files.map((f) => f.name)).toEqual(['1.png', '2.png', '3.png', '4.png', '5.png']);
    expect(REPORT_LIMITS.screenshotsMax).toBe(5);
    expect(problem).toBe('"6.png" not added: at most 5 screenshots. Remove one to add another.');
  });

  it('skips a file already chosen (same name and size), but not a different one of the same name', () => {
    const { files, problem } = addScreenshots(
      [picture('a.png')],
      [picture('a.png'), picture('a.png', 'image/png', 11)],
    );
    expect(files.map((f) => f.size)).toEqual([10, 11]);
    expect(problem).toBeUndefined();
  });

  it('refuses each bad file on its own, with what to do, and keeps the rest', () => {
    const { files, problem } = addScreenshots(
      [],
      [
        picture('photo.heic', ''),
        picture('ok.webp', 'image/webp'),
        picture('big.jpg', 'image/jpeg', REPORT_LIMITS.screenshotBytesMax + 1),
        picture('notes.pdf', 'application/pdf'),
      ],
    );
    expect(files.map((f) => f.name)).toEqual(['ok.webp']);
    expect(problem).toBe(
      [
        '"photo.heic" is a HEIC photo, which we cannot take: take a screenshot instead, or save it as JPEG or PNG.',
        '"big.jpg" is larger than 5 MB: take a screenshot of the part that matters instead.',
        '"notes.pdf" is not a PNG, JPEG or WebP picture: take a screenshot instead, or save it as JPEG or PNG.',
      ].join(' '),
    );
  });
});
