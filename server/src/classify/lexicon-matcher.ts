import type { EvidenceSpan } from '@ou-listening/shared';
import { evidenceSpan } from './evidence.js';
import { LEXICONS, type LexiconCategory, type LexiconTerm, NEGATION, REPORTING, STUDY_CONTEXT } from './lexicons.js';
import type { NormalizedText } from './normalize.js';
import { distanceToOu, findOuReferences, proximityFactor, type Span } from './ou-reference.js';

export type LexiconHit = Span & { category: LexiconCategory; weight: number; factor: number };

export type LexiconResult = { score: number; hits: LexiconHit[]; evidence: EvidenceSpan[] };

/** Multipliers for the three ways context weakens a term. */
export const NEGATED_FACTOR = 0.25;
export const STUDY_FACTOR = 0.3;
export const QUOTED_FACTOR = 0.5;
// Safeguarding errs towards a person looking: "I'm not ok, I don't want to be here" must still reach someone.
const SAFEGUARDING_FLOOR = 0.5;

const NEGATION_BEFORE = new RegExp(`${NEGATION}[^.,;:!?]{0,25}$`);
const STUDY_RE = new RegExp(STUDY_CONTEXT);
const REPORTING_RE = new RegExp(`${REPORTING}[^.!?]{0,20}$`);
const CLAUSE_BREAK = /[.!?;\n]|\bbut\b/g;

type CompiledTerm = LexiconTerm & { re: RegExp };

const COMPILED: ReadonlyArray<[LexiconCategory, CompiledTerm[]]> = (
  Object.entries(LEXICONS) as Array<[LexiconCategory, readonly LexiconTerm[]]>
).map(([category, terms]) => [category, terms.map((t) => ({ ...t, re: new RegExp(t.pattern, 'g') }))]);

/** The text of the clause around [start, end): negation and study frames do not cross a full stop or "but". */
function clauseBefore(lower: string, start: number, reach: number): string {
  const before = lower.slice(Math.max(0, start - reach), start);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return before.slice(cut);
}

function clauseAfter(lower: string, end: number, reach: number): string {
  const after = lower.slice(end, end + reach);
  const m = /[.!?;\n]|\bbut\b/.exec(after);
  return m ? after.slice(0, m.index) : after;
}

/** Double-quoted stretches opened after a reporting verb ('she called the OU "a scam"'). */
function reportedQuotes(lower: string): Span[] {
  const spans: Span[] = [];
  for (const m of lower.matchAll(/"([^"]{1,200})"|(?<=\s|^)'([^']{1,200})'(?=[\s.,!?]|$)/g)) {
    if (REPORTING_RE.test(lower.slice(Math.max(0, m.index - 40), m.index))) {
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans;
}

export function contextFactor(
  category: LexiconCategory,
  term: LexiconTerm,
  n: NormalizedText,
  hit: Span,
  quotes: readonly Span[],
): number {
  let factor = 1;
  if (NEGATION_BEFORE.test(clauseBefore(n.lower, hit.start, 40))) factor *= NEGATED_FACTOR;
  if (term.ambiguous) {
    const around = clauseBefore(n.lower, hit.start, 50) + ' ' + clauseAfter(n.lower, hit.end, 50);
    if (STUDY_RE.test(around)) factor *= STUDY_FACTOR;
  }
  if (quotes.some((q) => hit.start >= q.start && hit.end <= q.end)) factor *= QUOTED_FACTOR;
  if (category === 'safeguarding') factor = Math.max(factor, SAFEGUARDING_FLOOR);
  return factor;
}

/** Stage 3: lexicon scores per category, each hit weighted by context and nearness to the OU. */
export function matchLexicons(n: NormalizedText): Record<LexiconCategory, LexiconResult> {
  const refs = findOuReferences(n);
  const quotes = reportedQuotes(n.lower);
  const out = {} as Record<LexiconCategory, LexiconResult>;
  for (const [category, terms] of COMPILED) {
    const hits: LexiconHit[] = [];
    for (const term of terms) {
      for (const m of n.lower.matchAll(term.re)) {
        const span = { start: m.index, end: m.index + m[0].length };
        if (span.end === span.start) continue;
        // Safeguarding is about a person, not the OU: a risk to life matters wherever the OU is named.
        const proximity = category === 'safeguarding' ? 1 : proximityFactor(distanceToOu(refs, span));
        const factor = contextFactor(category, term, n, span, quotes) * proximity;
        hits.push({ ...span, category, weight: term.weight, factor });
      }
    }
    // Noisy-or: independent pieces of evidence each leave less room for doubt.
    const score = 1 - hits.reduce((keep, h) => keep * (1 - h.weight * h.factor), 1);
    const evidence = hits
      .filter((h) => h.weight * h.factor >= 0.3)
      .map((h) => evidenceSpan(n, h.start, h.end, `${category}_term`));
    out[category] = { score, hits, evidence };
  }
  return out;
}
