import { CATEGORY_CODES, type CategoryCode, type EvidenceSpan } from '@ou-listening/shared';
import { dedupeSpans, evidenceSpan } from './evidence.js';
import { featurize, type SparseVector, wordTokens, type WordToken } from './features.js';
import { type LexiconResult, matchLexicons } from './lexicon-matcher.js';
import { normalize, type NormalizedText } from './normalize.js';
import { findOuReferences } from './ou-reference.js';
import { type RecognizerMatch, recognizePersonalData } from './recognizers/personal-data.recognizers.js';

// Nothing a person posts is longer than this; past it, only the start is read, so one
// pasted book cannot stall the ingest loop.
export const MAX_TEXT_LENGTH = 20_000;

/**
 * Rule scores enter the model as features, scaled up so that a few of them can outweigh the
 * hundreds of small n-gram features (found on validation in the experiment that preceded this model).
 */
export const RULE_SCALE = 3;

/** Recognized entities grouped by what they expose. */
const ENTITY_GROUPS: ReadonlyArray<[string, readonly string[]]> = [
  ['contact', ['uk_phone', 'email']],
  ['identifier', ['uk_nino', 'ou_pi', 'nhs_number', 'payment_card']],
  ['address', ['street_address', 'uk_postcode', 'described_address']],
  ['birth', ['date_of_birth']],
];

/** Names of the dense rule features, in the order they sit after the hash space. */
export const RULE_FEATURES: readonly string[] = [
  ...CATEGORY_CODES.flatMap((c) => [`${c}:lexicon`, `${c}:lexicon_raw`]),
  'personal_data:recognizers',
  ...ENTITY_GROUPS.map(([group]) => `personal_data:${group}`),
  'ou_named',
];

/** For each rule feature, the category that alone may weigh it (-1: every category). */
export const RULE_FEATURE_OWNERS: Int8Array = Int8Array.from(
  RULE_FEATURES.map((name) => {
    const [category] = name.split(':');
    return name.includes(':') ? CATEGORY_CODES.indexOf(category as CategoryCode) : -1;
  }),
);

/** Stages 1–3 for one post: normalised text, word tokens, rule results and the model's features. */
export type Analysis = {
  n: NormalizedText;
  tokens: WordToken[];
  lexicons: Record<CategoryCode, LexiconResult>;
  personal: RecognizerMatch[];
  /** per category, the rule stages' own 0–1 score */
  rules: Record<CategoryCode, number>;
  vector: SparseVector;
};

/** Several distinct pieces of personal data are worse than one: each adds to the score. */
function noisyOr(scores: readonly number[]): number {
  return 1 - scores.reduce((keep, s) => keep * (1 - s), 1);
}

export function analyse(text: string): Analysis {
  const n = normalize(typeof text === 'string' ? text.slice(0, MAX_TEXT_LENGTH) : '');
  const refs = findOuReferences(n);
  const lexicons = matchLexicons(n, refs);
  const personal = recognizePersonalData(n);
  const tokens = wordTokens(n);
  const recognized = noisyOr(personal.map((m) => m.score));
  const rules = {} as Record<CategoryCode, number>;
  for (const c of CATEGORY_CODES) rules[c] = lexicons[c].score;
  rules.personal_data = noisyOr([recognized, lexicons.personal_data.score]);

  const dense: number[] = [];
  for (const c of CATEGORY_CODES) dense.push(lexicons[c].score * RULE_SCALE, lexicons[c].raw * RULE_SCALE);
  dense.push(recognized * RULE_SCALE);
  for (const [, entities] of ENTITY_GROUPS) {
    let best = 0;
    for (const m of personal) if (entities.includes(m.entity) && m.score > best) best = m.score;
    dense.push(best * RULE_SCALE);
  }
  dense.push(refs.length > 0 ? 1 : 0);
  return { n, tokens, lexicons, personal, rules, vector: featurize(n, tokens, dense) };
}

/** What the rule stages found for a category, as evidence spans. */
export function ruleEvidence(a: Analysis, category: CategoryCode): EvidenceSpan[] {
  const spans = a.lexicons[category].evidence;
  if (category !== 'personal_data') return dedupeSpans(spans);
  return dedupeSpans([...a.personal.map((m) => evidenceSpan(a.n, m.start, m.end, m.entity)), ...spans]);
}
