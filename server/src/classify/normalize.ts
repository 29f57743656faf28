/**
 * Stage 1: normalisation. Every later stage reads the normalised text, but evidence must point
 * into the text staff see, so each normalised UTF-16 unit remembers the original range it came from.
 */
export type NormalizedText = {
  readonly original: string;
  /** NFKC, typographic quotes and dashes folded, invisible characters removed, controls as spaces. */
  readonly text: string;
  /** `text` lower-cased unit by unit, so it shares `text`'s offsets. */
  readonly lower: string;
  /** For normalised unit i, the original range [origStart[i], origEnd[i]) it was produced from. */
  readonly origStart: readonly number[];
  readonly origEnd: readonly number[];
};

// Zero-width characters and soft hyphens are used to dodge keyword filters ("su\u200Bing").
const INVISIBLE = /^[\u00AD\u200B-\u200D\u2060\uFEFF]$/u;
const CONTROL = /^[\p{Cc}]$/u;
const COMBINING = /^\p{M}$/u;

const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00A0': ' ',
};

function foldSegment(segment: string): string {
  if (INVISIBLE.test(segment)) return '';
  if (CONTROL.test(segment)) return ' ';
  const nfkc = segment.normalize('NFKC');
  let out = '';
  for (const ch of nfkc) out += FOLD[ch] ?? ch;
  return out;
}

/** Splits into base code point + following combining marks, so NFKC can compose them. */
function* segments(original: string): Generator<[start: number, end: number]> {
  let i = 0;
  while (i < original.length) {
    const start = i;
    i += original.codePointAt(i)! > 0xffff ? 2 : 1;
    while (i < original.length) {
      const cp = original.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (!COMBINING.test(ch)) break;
      i += ch.length;
    }
    yield [start, i];
  }
}

export function normalize(original: string): NormalizedText {
  // Plain ASCII (most posts) normalises to itself, controls aside: NFKC and the folds leave it
  // alone, and no combining mark (U+0300 up) follows. Only the rest goes through the segments.
  if (isAscii(original)) return plainAscii(original);
  let text = '';
  const origStart: number[] = [];
  const origEnd: number[] = [];
  for (const [start, end] of segments(original)) {
    const out = foldSegment(original.slice(start, end));
    text += out;
    for (let k = 0; k < out.length; k++) {
      origStart.push(start);
      origEnd.push(end);
    }
  }
  let lower = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    // A few characters change length when lower-cased (İ → i̇); keep them so offsets stay shared.
    lower += l.length === ch.length ? l : ch;
  }
  return { original, text, lower, origStart, origEnd };
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

const CONTROLS = /\p{Cc}/gu;

function plainAscii(original: string): NormalizedText {
  const text = original.replace(CONTROLS, ' ');
  const origStart: number[] = [];
  const origEnd: number[] = [];
  for (let i = 0; i < text.length; i++) {
    origStart.push(i);
    origEnd.push(i + 1);
  }
  return { original, text, lower: text.toLowerCase(), origStart, origEnd };
}

/** Maps a normalised range [start, end) back to the smallest original range that covers it. */
export function toOriginalRange(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (n.text.length === 0 || end <= start) {
    const at = n.origStart[start] ?? n.original.length;
    return { start: at, end: at };
  }
  return { start: n.origStart[start]!, end: n.origEnd[end - 1]! };
}
