import { decodeFeed, mendAtomDates, parseFeedDate } from './feed-text';

describe('reading a feed as its publisher wrote it', () => {
  it('reads dates with UK and European zone names, padding, and offsets; not words', () => {
    expect(parseFeedDate('Sat, 28 Nov 2026 10:00:00 BST')?.toISOString()).toBe('2026-11-28T09:00:00.000Z');
    expect(parseFeedDate('Sat, 28 Nov 2026 10:00:00 cest')?.toISOString()).toBe('2026-11-28T08:00:00.000Z');
    expect(parseFeedDate('\n  2026-11-29T08:00:00Z  ')?.toISOString()).toBe('2026-11-29T08:00:00.000Z');
    expect(parseFeedDate('Sat, 28 Nov 2026 10:00:00 +0530')?.toISOString()).toBe('2026-11-28T04:30:00.000Z');
    expect(parseFeedDate('yesterday')).toBeUndefined();
    expect(parseFeedDate('Sat, 28 Nov 2026 10:00:00 XYZ')).toBeUndefined();
    expect(parseFeedDate('   ')).toBeUndefined();
  });

  it('rewrites Atom dates rss-parser would throw on, and leaves good ones and other elements alone', () => {
    const xml =
      '<entry><published type="x">yesterday</published><updated> 2026-01-01T00:00:00Z </updated>' +
      '<title>published yesterday</title><updated>2026-01-02T00:00:00Z</updated></entry>';
    expect(mendAtomDates(xml)).toBe(
      '<entry><published type="x"></published><updated>2026-01-01T00:00:00.000Z</updated>' +
        '<title>published yesterday</title><updated>2026-01-02T00:00:00Z</updated></entry>',
    );
  });

  it('decodes by the Content-Type charset, else the XML declaration, else a byte-order mark, else UTF-8', () => {
    const latin1 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>café</t>', 'latin1');
    expect(decodeFeed(latin1, 'application/rss+xml; charset=ISO-8859-1')).toContain('café');
    expect(decodeFeed(latin1, 'application/rss+xml')).toContain('café');
    const utf8 = Buffer.from('<?xml version="1.0"?><t>café ✓</t>', 'utf8');
    expect(decodeFeed(utf8, 'text/xml')).toContain('café ✓');
    expect(decodeFeed(utf8, 'text/xml; charset=no-such-charset')).toContain('café ✓');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<t>Cymraeg ŵ</t>', 'utf16le')]);
    expect(decodeFeed(utf16, 'application/xml; charset=utf-8')).toContain('Cymraeg ŵ');
  });
});
