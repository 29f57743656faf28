import type { EvidenceSpan } from '@ou-listening/shared';
import { type NormalizedText, toOriginalRange } from './normalize.js';

/** Evidence always quotes the original post, whatever the stage matched in the normalised text. */
export function evidenceSpan(n: NormalizedText, start: number, end: number, reason: string): EvidenceSpan {
  const range = toOriginalRange(n, start, end);
  return { start: range.start, end: range.end, text: n.original.slice(range.start, range.end), reason };
}

/**
 * Orders spans by position and drops those that say nothing new: a span at the same place as an
 * earlier one (whatever its reason: staff saw "NDA" twice, once per reason), and the model's words
 * inside a span a rule already quotes.
 */
export function dedupeSpans(spans: readonly EvidenceSpan[]): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const repeats = out.some(
      (o) =>
        (o.start === s.start && o.end === s.end) ||
        (s.reason === MODEL_REASON && o.reason !== MODEL_REASON && o.start <= s.start && s.end <= o.end),
    );
    if (!repeats) out.push(s);
  }
  return out;
}

/** The reason given for words the model itself weighed. */
export const MODEL_REASON = 'model';
