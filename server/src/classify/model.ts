import { createHash } from 'node:crypto';
import type { CategoryCode, ClassificationResult } from '@ou-listening/shared';
import { type BayesModel, type BayesOptions, DEFAULT_BAYES_OPTIONS, trainBayes } from './bayes-model.js';
import { chooseParams, combine, type CombinerParams } from './combiner.js';
import { type Corpus, type LabelledPost, loadCorpus, splitCorpus } from './corpus.js';
import { modelTokens } from './features.js';
import { LEXICONS } from './lexicons.js';
import { evaluate, type EvalReport } from './metrics.js';
import { normalize } from './normalize.js';
import { collectSignals, type IndicativeWords } from './pipeline.js';
import { PERSONAL_DATA_RECOGNIZERS } from './recognizers/personal-data.recognizers.js';

/** Bump when a code change alters outputs for the same corpus (tokenising, combining, recognizers). */
export const CLASSIFIER_CODE_VERSION = '1';

const INDICATIVE_WORDS = 40;

/** What a member of staff said a mention really is: its text and the categories that apply ([] = harmless). */
export type Correction = { mentionId: string; text: string; labels: CategoryCode[] };

export type TrainedModel = {
  version: string;
  bayes: BayesModel;
  indicative: IndicativeWords;
  params: CombinerParams;
  /** How the chosen parameters did on the held-out templates of the corpus. */
  validation: EvalReport;
  trainingPosts: number;
  validationPosts: number;
  /** Staff corrections trained on, on top of the corpus. */
  correctionsUsed: number;
  trainedAt: Date;
  trainingMs: number;
};

/**
 * The version names everything that decides the outputs: corpus content, rule tables, model
 * options and code version. Same version, same classifications.
 */
export function modelVersion(
  corpus: Corpus,
  options: BayesOptions = DEFAULT_BAYES_OPTIONS,
  corrections: readonly Correction[] = [],
): string {
  const rules = JSON.stringify({
    LEXICONS,
    recognizers: PERSONAL_DATA_RECOGNIZERS.map((r) => [r.entity, r.pattern.source, r.baseScore, r.contextWords]),
    options,
  });
  const hash = createHash('sha256').update(corpus.hash).update(rules);
  // The corpus-only model keeps the version it always had; corrections name a different model.
  if (corrections.length > 0) hash.update(JSON.stringify(corrections.map((c) => [c.text, [...c.labels].sort()])));
  const digest = hash.digest('hex').slice(0, 12);
  return `nb-${CLASSIFIER_CODE_VERSION}-${digest}${corrections.length > 0 ? `-c${corrections.length}` : ''}`;
}

function indicativeWords(bayes: BayesModel): IndicativeWords {
  const out = {} as Record<CategoryCode, Set<string>>;
  for (const m of bayes.categories) {
    // Vocabulary sets keep chi-squared order; single stems only, since evidence quotes words.
    out[m.category] = new Set(
      [...m.vocabulary].filter((f) => !f.includes('_') && !f.startsWith('zz')).slice(0, INDICATIVE_WORDS),
    );
  }
  return out;
}

/**
 * Trains on the training templates plus any staff corrections, then picks weights and thresholds
 * on the held-out templates. Corrections only ever train: every model is judged on the same
 * validation split, so their scores can be compared when deciding whether to promote one.
 */
export function trainModel(
  corpus: Corpus = loadCorpus(),
  options: BayesOptions = DEFAULT_BAYES_OPTIONS,
  corrections: readonly Correction[] = [],
): TrainedModel {
  const started = performance.now();
  const { train, validation } = splitCorpus(corpus.posts);
  const corrected: LabelledPost[] = corrections.map((c) => ({
    id: `mention-${c.mentionId}`,
    text: c.text,
    labels: c.labels,
  }));
  const bayes = trainBayes(
    [...train, ...corrected].map((p) => ({ tokens: modelTokens(normalize(p.text).lower), labels: new Set(p.labels) })),
    options,
  );
  const indicative = indicativeWords(bayes);
  const examples = validation.map((p) => ({ signals: collectSignals(p.text, bayes, indicative), labels: p.labels }));
  const { params } = chooseParams(examples);
  const report = evaluate(
    examples.map((e) => ({ expected: e.labels, predicted: combine(e.signals, params).map((r) => r.category) })),
  );
  return {
    version: modelVersion(corpus, options, corrections),
    bayes,
    indicative,
    params,
    validation: report,
    trainingPosts: train.length + corrected.length,
    validationPosts: validation.length,
    correctionsUsed: corrections.length,
    trainedAt: new Date(),
    trainingMs: performance.now() - started,
  };
}

export function classifyWith(model: TrainedModel, text: string): ClassificationResult {
  return {
    modelVersion: model.version,
    categories: combine(collectSignals(text, model.bayes, model.indicative), model.params),
  };
}

// One model per process, trained on first use and kept under its version: never per request.
let cached: TrainedModel | undefined;

export function getModel(): TrainedModel {
  cached ??= trainModel();
  return cached;
}
