import { type EvidenceSpan, isUrgentCategory } from '@ou-listening/shared';
import { evidenceSpan } from './evidence.js';
import { LEXICONS, type LexiconCategory, type LexiconTerm, NEGATION, REPORTING, STUDY_CONTEXT } from './lexicons.js';
import type { NormalizedText } from './normalize.js';
import { forEachMatch } from './regex.js';
import { distanceToOu, findOuReferences, proximityFactor, type Span } from './ou-reference.js';
import { LiteralScanner, mayMatch, type Prefiltered, prefiltered } from './required-literals.js';
import { type CompoundTerm, SAFEGUARDING_COMPOUNDS, THREAT_COMPOUNDS } from './urgent-lexicons.js';

export type LexiconHit = Span & { category: LexiconCategory; weight: number; factor: number };

/**
 * score: noisy-or of the hits weighted by their context; raw: the same without the context, so the
 * model can learn how much a denied, quoted or studied term still says.
 */
export type LexiconResult = { score: number; raw: number; hits: LexiconHit[]; evidence: EvidenceSpan[] };

/** Multipliers for the three ways context weakens a term. */
export const NEGATED_FACTOR = 0.25;
export const STUDY_FACTOR = 0.3;
export const QUOTED_FACTOR = 0.5;
/** Safeguarding and threat terms keep at least this share of their weight when denied or quoted. */
const URGENT_FLOOR = 0.5;
/** An urgent term in a study or news frame keeps this share: lowered, not removed. */
const URGENT_STUDY_FACTOR = 0.35;

const NEGATION_BEFORE = new RegExp(`${NEGATION}[^.,;:!?]{0,25}$`);
const STUDY_RE = new RegExp(STUDY_CONTEXT);
const REPORTING_RE = new RegExp(`${REPORTING}[^.!?]{0,20}$`);
const CLAUSE_BREAK = /[.!?;\n]|\bbut\b/g;

// Each expression carries the strings one of which its every match contains (required-literals.ts):
// a post holding none of them is not searched, which spares most of the ~150 searches per post.
type CompiledTerm = LexiconTerm & Prefiltered;

const SCANNER = new LiteralScanner();

const COMPILED: ReadonlyArray<[LexiconCategory, CompiledTerm[]]> = (
  Object.entries(LEXICONS) as Array<[LexiconCategory, readonly LexiconTerm[]]>
).map(([category, terms]) => [
  category,
  terms.map((t) => ({ ...t, ...prefiltered(new RegExp(t.pattern, 'g'), SCANNER) })),
]);

type CompiledCompound = { groups: Prefiltered[]; unless: RegExp | undefined; term: LexiconTerm };

const compile = (compounds: readonly CompoundTerm[]): CompiledCompound[] =>
  compounds.map((c) => ({
    groups: c.groups.map((g) => prefiltered(new RegExp(g, 'g'), SCANNER)),
    unless: c.unless === undefined ? undefined : new RegExp(c.unless, 'g'),
    // A compound is always read as ambiguous: a study or news frame lowers it.
    term: { pattern: c.groups.join(' + '), weight: c.weight, ambiguous: true },
  }));

const COMPOUNDS: Partial<Record<LexiconCategory, CompiledCompound[]>> = {
  safeguarding: compile(SAFEGUARDING_COMPOUNDS),
  threat: compile(THREAT_COMPOUNDS),
};

const SENTENCE = /[^.!?\n]+[.!?\n]*/g;
const COMPOUND_SENTENCES = 3;

/** Where every group of a compound is found within a stretch of up to three sentences. */
function compoundHits(lower: string, present: Uint8Array, compound: CompiledCompound): Span[] {
  // Each group is looked for once in the whole post; most posts lack one and stop here.
  for (const group of compound.groups) if (!mayMatch(group, present)) return [];
  const found: Span[][] = [];
  for (const { re } of compound.groups) {
    const spans: Span[] = [];
    forEachMatch(re, lower, (m) => spans.push({ start: m.index, end: m.index + m[0].length }));
    if (spans.length === 0) return [];
    found.push(spans);
  }
  const idioms: Span[] = [];
  if (compound.unless)
    forEachMatch(compound.unless, lower, (m) => idioms.push({ start: m.index, end: m.index + m[0].length }));
  const sentences: Span[] = [];
  forEachMatch(SENTENCE, lower, (m) => sentences.push({ start: m.index, end: m.index + m[0].length }));
  const inside = (s: Span, from: number, to: number) => s.start >= from && s.end <= to;
  const hits: Span[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const from = sentences[i]!.start;
    const to = sentences[Math.min(sentences.length, i + COMPOUND_SENTENCES) - 1]!.end;
    if (idioms.some((s) => s.start < to && s.end > from)) continue;
    let start = Infinity;
    let end = -1;
    const all = found.every((spans) => {
      const within = spans.filter((s) => inside(s, from, to));
      for (const s of within) {
        start = Math.min(start, s.start);
        end = Math.max(end, s.end);
      }
      return within.length > 0;
    });
    if (all && !hits.some((h) => h.start === start && h.end === end)) hits.push({ start, end });
    if (to === lower.length) break;
  }
  return hits;
}

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
  const urgent = isUrgentCategory(category);
  let factor = 1;
  // Safeguarding and threats err towards a person looking: "I'm not ok, I don't want to be here"
  // must still reach someone. A denial or a quotation lowers such a term, never below the floor.
  const lower = (by: number) => (factor = urgent ? Math.max(factor * by, Math.min(factor, URGENT_FLOOR)) : factor * by);
  if (NEGATION_BEFORE.test(clauseBefore(n.lower, hit.start, 40))) lower(NEGATED_FACTOR);
  if (quotes.some((q) => hit.start >= q.start && hit.end <= q.end)) lower(QUOTED_FACTOR);
  if (term.ambiguous) {
    const around = clauseBefore(n.lower, hit.start, 50) + ' ' + clauseAfter(n.lower, hit.end, 50);
    // A study or news frame ("a module on suicide prevention") lowers even an urgent term further.
    if (STUDY_RE.test(around)) factor *= urgent ? URGENT_STUDY_FACTOR : STUDY_FACTOR;
  }
  return factor;
}

/** The hits that do not overlap a stronger one, strongest first. */
function distinctHits(hits: readonly LexiconHit[]): LexiconHit[] {
  const kept: LexiconHit[] = [];
  const byStrength = [...hits].sort(
    (a, b) => b.weight * b.factor - a.weight * a.factor || a.start - b.start || b.end - a.end,
  );
  for (const h of byStrength) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept;
}

/** Stage 3: lexicon scores per category, each hit weighted by context and nearness to the OU. */
export function matchLexicons(
  n: NormalizedText,
  refs: readonly Span[] = findOuReferences(n),
): Record<LexiconCategory, LexiconResult> {
  const quotes = reportedQuotes(n.lower);
  const present = SCANNER.scan(n.lower);
  const out = {} as Record<LexiconCategory, LexiconResult>;
  for (const [category, terms] of COMPILED) {
    const hits: LexiconHit[] = [];
    for (const term of terms) {
      if (!mayMatch(term, present)) continue;
      forEachMatch(term.re, n.lower, (m) => {
        const span = { start: m.index, end: m.index + m[0].length };
        if (span.end === span.start) return;
        // Safeguarding, threats and personal data are about a person, not the OU: they matter
        // wherever the OU is named.
        const aboutPerson = isUrgentCategory(category) || category === 'personal_data';
        const proximity = aboutPerson ? 1 : proximityFactor(distanceToOu(refs, span));
        const factor = contextFactor(category, term, n, span, quotes) * proximity;
        hits.push({ ...span, category, weight: term.weight, factor });
      });
    }
    for (const compound of COMPOUNDS[category] ?? []) {
      for (const span of compoundHits(n.lower, present, compound)) {
        hits.push({
          ...span,
          category,
          weight: compound.term.weight,
          factor: contextFactor(category, compound.term, n, span, quotes),
        });
      }
    }
    // Two terms matching the same words are one piece of evidence: the stronger reading stands.
    const distinct = distinctHits(hits);
    // Noisy-or: independent pieces of evidence each leave less room for doubt.
    const score = 1 - distinct.reduce((keep, h) => keep * (1 - h.weight * h.factor), 1);
    const raw = 1 - distinct.reduce((keep, h) => keep * (1 - h.weight), 1);
    const evidence = distinct
      .filter((h) => h.weight * h.factor >= 0.3)
      .map((h) => evidenceSpan(n, h.start, h.end, `${category}_term`));
    out[category] = { score, raw, hits: distinct, evidence };
  }
  return out;
}
