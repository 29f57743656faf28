import { evidenceSpan } from './evidence';
import { normalize, toOriginalRange } from './normalize';

describe('normalize', () => {
  it('folds full-width and styled characters with NFKC', () => {
    expect(normalize('ＯＵ ｓｕｉｎｇ 𝐎𝐔').text).toBe('OU suing OU');
  });

  it('folds typographic quotes and dashes, and removes zero-width characters used to dodge filters', () => {
    const n = normalize('“su\u200Bing” – don’t');
    expect(n.text).toBe('"suing" - don\'t');
    expect(n.lower).toBe('"suing" - don\'t');
  });

  it('maps spans in the normalised text back to the original string', () => {
    const original = 'Ｃａｌｌ 07700\u00A0900123 now';
    const n = normalize(original);
    const start = n.text.indexOf('07700');
    const span = evidenceSpan(n, start, start + '07700 900123'.length, 'uk_phone');
    expect(span.text).toBe('07700\u00A0900123');
    expect(original.slice(span.start, span.end)).toBe(span.text);
  });

  it('keeps offsets right after characters removed earlier in the post', () => {
    const original = 'a\u200B\u200Bb sue';
    const n = normalize(original);
    const at = n.text.indexOf('sue');
    expect(toOriginalRange(n, at, at + 3)).toEqual({ start: 5, end: 8 });
  });

  it('composes a letter and its combining accent, covering both in the original', () => {
    const original = 'cafe\u0301 OU';
    const n = normalize(original);
    expect(n.text).toBe('café OU');
    expect(toOriginalRange(n, 3, 4)).toEqual({ start: 3, end: 5 });
  });

  it('turns control characters into spaces and survives empty and emoji-only text', () => {
    expect(normalize('a\u0000b\u0007c').text).toBe('a b c');
    expect(normalize('').text).toBe('');
    expect(normalize('😀🔥').text).toBe('😀🔥');
  });
});
