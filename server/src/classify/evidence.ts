import type { EvidenceSpan } from '@ou-listening/shared';
import { type NormalizedText, toOriginalRange } from './normalize.js';

/** Evidence always quotes the original post, whatever the stage matched in the normalised text. */
export function evidenceSpan(n: NormalizedText, start: number, end: number, reason: string): EvidenceSpan {
  const range = toOriginalRange(n, start, end);
  return { start: range.start, end: range.end, text: n.original.slice(range.start, range.end), reason };
}

/** Drops spans that repeat an earlier one with the same reason, and orders them by position. */
export function dedupeSpans(spans: readonly EvidenceSpan[]): EvidenceSpan[] {
  const seen = new Set<string>();
  const out: EvidenceSpan[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const key = `${s.start}:${s.end}:${s.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}
