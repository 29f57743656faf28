import { CATEGORY_CODES, type CategoryCode, type EvidenceSpan } from '@ou-listening/shared';
import { type BayesModel, scoreAll } from './bayes-model.js';
import type { Signals } from './combiner.js';
import { dedupeSpans, evidenceSpan } from './evidence.js';
import { modelTokens } from './features.js';
import { matchLexicons } from './lexicon-matcher.js';
import { normalize, type NormalizedText } from './normalize.js';
import { recognizePersonalData } from './recognizers/personal-data.recognizers.js';
import { PorterStemmer } from './natural.js';

// Nothing a person posts is longer than this; past it, only the start is read, so one
// pasted book cannot stall the ingest loop.
export const MAX_TEXT_LENGTH = 20_000;

/** Several distinct pieces of personal data are worse than one: each adds to the score. */
function personalDataScore(scores: readonly number[]): number {
  return 1 - scores.reduce((keep, s) => keep * (1 - s), 1);
}

/** Words of the post that the category's model weighs most, as evidence when no rule fired. */
function modelEvidence(n: NormalizedText, indicative: ReadonlySet<string>): EvidenceSpan[] {
  const spans: EvidenceSpan[] = [];
  for (const m of n.lower.matchAll(/[a-z]+(?:'[a-z]+)?/g)) {
    if (indicative.has(PorterStemmer.stem(m[0]))) spans.push(evidenceSpan(n, m.index, m.index + m[0].length, 'model'));
    if (spans.length >= 5) break;
  }
  return spans;
}

export type IndicativeWords = Readonly<Record<CategoryCode, ReadonlySet<string>>>;

/** Stages 1–4 for one post: what the rules and the model each say, per category. */
export function collectSignals(text: string, bayes: BayesModel, indicative: IndicativeWords): Signals {
  const n = normalize(typeof text === 'string' ? text.slice(0, MAX_TEXT_LENGTH) : '');
  const lexicons = matchLexicons(n);
  const personal = recognizePersonalData(n);
  const model = scoreAll(bayes, modelTokens(n.lower));
  const signals = {} as Signals;
  for (const category of CATEGORY_CODES) {
    if (category === 'personal_data') {
      signals[category] = {
        rule: personalDataScore(personal.map((m) => m.score)),
        model: model[category],
        evidence: personal.map((m) => evidenceSpan(n, m.start, m.end, m.entity)),
      };
      continue;
    }
    const lex = lexicons[category];
    signals[category] = {
      rule: lex.score,
      model: model[category],
      evidence: dedupeSpans(lex.evidence.length > 0 ? lex.evidence : modelEvidence(n, indicative[category])),
    };
  }
  return signals;
}
