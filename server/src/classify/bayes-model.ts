import { CATEGORY_CODES, type CategoryCode } from '@ou-listening/shared';
import { BayesClassifier } from './natural.js';

/**
 * Stage 4: one natural BayesClassifier per category (this category versus the rest). natural turns
 * every post into a vector as long as the vocabulary, so each classifier keeps only the features
 * that best separate its category (chi-squared on document presence, in both directions, so
 * harmless words can pull a post back): smaller is faster and, for naive Bayes, usually more accurate.
 */
export type TrainingDoc = { tokens: readonly string[]; labels: ReadonlySet<CategoryCode> };

export type BayesOptions = { vocabularyPerCategory: number; minDocumentFrequency: number };

export const DEFAULT_BAYES_OPTIONS: BayesOptions = { vocabularyPerCategory: 350, minDocumentFrequency: 3 };

const YES = 'yes';
const NO = 'no';
// Every document carries this feature, so a post with no known word still gets the class prior.
const BIAS = 'zzbias';
// natural multiplies raw probabilities; past ~60 features the product underflows to 0, so long
// posts are scored in windows and the most alarming window counts.
const WINDOW = 48;
const TEMPERATURE = 5;

export type CategoryModel = { category: CategoryCode; vocabulary: ReadonlySet<string>; classifier: BayesClassifier };

export type BayesModel = { categories: readonly CategoryModel[] };

function chiSquared(a: number, b: number, c: number, d: number): number {
  // a: docs with feature in class, b: with feature not in class, c/d: without feature.
  const n = a + b + c + d;
  const denom = (a + b) * (c + d) * (a + c) * (b + d);
  return denom === 0 ? 0 : (n * (a * d - b * c) ** 2) / denom;
}

export function selectVocabulary(
  docs: readonly TrainingDoc[],
  category: CategoryCode,
  options: BayesOptions,
): Set<string> {
  const inClass = new Map<string, number>();
  const total = new Map<string, number>();
  let positives = 0;
  for (const doc of docs) {
    const positive = doc.labels.has(category);
    if (positive) positives++;
    for (const f of new Set(doc.tokens)) {
      total.set(f, (total.get(f) ?? 0) + 1);
      if (positive) inClass.set(f, (inClass.get(f) ?? 0) + 1);
    }
  }
  const negatives = docs.length - positives;
  const scored: Array<[string, number]> = [];
  for (const [f, df] of total) {
    if (df < options.minDocumentFrequency) continue;
    const a = inClass.get(f) ?? 0;
    const b = df - a;
    scored.push([f, chiSquared(a, b, positives - a, negatives - b)]);
  }
  // Ties broken by the feature itself, so the vocabulary never depends on Map order.
  scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return new Set(scored.slice(0, options.vocabularyPerCategory).map(([f]) => f));
}

function restrict(tokens: readonly string[], vocabulary: ReadonlySet<string>): string[] {
  const out = [BIAS];
  for (const t of tokens) if (vocabulary.has(t) && !out.includes(t)) out.push(t);
  return out;
}

/** Always a fresh classifier: natural's train() after more addDocument() calls misaligns features. */
export function trainBayes(docs: readonly TrainingDoc[], options: BayesOptions = DEFAULT_BAYES_OPTIONS): BayesModel {
  const categories = CATEGORY_CODES.map((category) => {
    const vocabulary = selectVocabulary(docs, category, options);
    const classifier = new BayesClassifier();
    for (const doc of docs)
      classifier.addDocument(restrict(doc.tokens, vocabulary), doc.labels.has(category) ? YES : NO);
    classifier.train();
    return { category, vocabulary, classifier };
  });
  return { categories };
}

/** natural's values are unnormalised likelihoods; the share that is "yes" is a 0–1 score. */
function windowScore(model: CategoryModel, tokens: readonly string[]): number {
  const classes = model.classifier.getClassifications(restrict(tokens, model.vocabulary));
  let yes = 0;
  let no = 0;
  for (const c of classes) {
    if (c.label === YES) yes = c.value;
    else no = c.value;
  }
  if (yes <= 0) return 0;
  if (no <= 0) return 1;
  // Naive Bayes counts correlated words as independent evidence and so is overconfident;
  // tempering the log-odds keeps its score comparable with the rule stages it is averaged with.
  return 1 / (1 + Math.exp(-(Math.log(yes) - Math.log(no)) / TEMPERATURE));
}

export function scoreCategory(model: CategoryModel, tokens: readonly string[]): number {
  if (tokens.length <= WINDOW) return windowScore(model, tokens);
  let best = 0;
  for (let i = 0; i < tokens.length; i += WINDOW / 2) {
    best = Math.max(best, windowScore(model, tokens.slice(i, i + WINDOW)));
    if (i + WINDOW >= tokens.length) break;
  }
  return best;
}

export function scoreAll(model: BayesModel, tokens: readonly string[]): Record<CategoryCode, number> {
  const out = {} as Record<CategoryCode, number>;
  for (const m of model.categories) out[m.category] = scoreCategory(m, tokens);
  return out;
}
