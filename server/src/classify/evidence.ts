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
  const places = new Set<string>();
  const ruled: EvidenceSpan[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const place = `${s.start}:${s.end}`;
    if (places.has(place)) continue;
    // Only the model's few words (three at most) are held against the rules' spans.
    if (s.reason === MODEL_REASON && ruled.some((o) => o.start <= s.start && s.end <= o.end)) continue;
    places.add(place);
    if (s.reason !== MODEL_REASON) ruled.push(s);
    out.push(s);
  }
  return out;
}

/** The reason given for words the model itself weighed. */
export const MODEL_REASON = 'model';
