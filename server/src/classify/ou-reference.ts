import type { NormalizedText } from './normalize.js';

export type Span = { start: number; end: number };

/**
 * References to the University. Watch queries already select posts about the OU, so what matters
 * is where in the post the reference sits: a harm term next to it is about the OU, one three
 * sentences away may be about something else.
 */
const OU_REFERENCE = new RegExp(
  [
    // "OU" only in capitals: lower-case "ou" is French and Portuguese for "or".
    String.raw`\bOU(?:'s|s)?\b`,
    String.raw`\b[Oo]pen\s+[Uu]ni(?:versity|\b)`,
    String.raw`[@#]OpenUni\w*`,
    String.raw`[@#]OU\w*`,
    String.raw`\bOpenLearn\b`,
    String.raw`\bStudentHome\b`,
    String.raw`\bOUSA\b`,
    String.raw`\bWalton\s+Hall\b`,
    // Module codes (TM112, A111, MST124) and assessment names only occur in OU talk.
    String.raw`\b[A-Z]{1,3}\d{3}\b`,
    String.raw`\b(?:TMA|EMA|iCMA)s?\d{0,2}\b`,
  ].join('|'),
  'g',
);

export function findOuReferences(n: NormalizedText): Span[] {
  const spans: Span[] = [];
  for (const m of n.text.matchAll(OU_REFERENCE)) spans.push({ start: m.index, end: m.index + m[0].length });
  // Case-insensitive spellings people type in a hurry ("open university", "#openuniversity").
  for (const m of n.lower.matchAll(/open\s+university|#openuniversity\w*|@openuniversity\w*/g)) {
    if (!spans.some((s) => s.start === m.index)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Characters between a span and the nearest OU reference; Infinity when the post never names the OU. */
export function distanceToOu(refs: readonly Span[], span: Span): number {
  let best = Infinity;
  for (const r of refs) {
    const d = r.end <= span.start ? span.start - r.end : r.start >= span.end ? r.start - span.end : 0;
    if (d < best) best = d;
  }
  return best;
}

/** Proximity weight: full next to the OU, fading with distance, a floor when the OU is not named. */
export function proximityFactor(distance: number): number {
  if (distance <= 60) return 1;
  if (distance <= 160) return 0.85;
  if (Number.isFinite(distance)) return 0.75;
  return 0.6;
}
