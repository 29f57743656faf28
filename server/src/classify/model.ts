import { createHash } from 'node:crypto';
import {
  CATEGORY_CODES,
  CATEGORY_INFO,
  type CategoryCode,
  type CategoryResult,
  type ClassificationResult,
  type EvidenceSpan,
} from '@ou-listening/shared';
import { applyPlatt, brierScore, expectedCalibrationError, fitPlatt } from './calibration.js';
import {
  chooseParams,
  type CombinerParams,
  decide,
  DEFAULT_THRESHOLD_RULES,
  type ThresholdRules,
  type ValidationExample,
} from './combiner.js';
import { type Corpus, type LabelledPost, loadCorpus, splitCorpus } from './corpus.js';
import { dedupeSpans, evidenceSpan, MODEL_REASON } from './evidence.js';
import { HASH_SIZE, pairFeature, stem, wordFeature } from './features.js';
import { LEXICONS } from './lexicons.js';
import { stopwords } from './natural.js';
import {
  averageModels,
  DEFAULT_LOGISTIC_OPTIONS,
  type LogisticModel,
  type LogisticOptions,
  logits as logitsOf,
  trainLogistic,
  type TrainingExample,
} from './logistic-regression.js';
import { evaluate, type EvalReport } from './metrics.js';
import { cachedOrTrained } from './model-cache.js';
import { type Analysis, analyse, RULE_FEATURE_OWNERS, RULE_FEATURES, ruleEvidence } from './pipeline.js';
import { PERSONAL_DATA_RECOGNIZERS } from './recognizers/personal-data.recognizers.js';
import { SAFEGUARDING_COMPOUNDS, THREAT_COMPOUNDS } from './urgent-lexicons.js';

/**
 * Bump when a code change alters outputs for the same corpus (tokenising, features, combining,
 * recognizers), or to name a release: 5 is lr-4's code and settings, made faster with identical
 * outputs, trained on the sixth batch of posts in many voices as well; 6 is 5's code with wider
 * threshold budgets (combiner.ts), trained on the seventh batch as well; 7 is 6 with the numbers an
 * organisation answers (the OU's own, 03/080 helplines) read apart from personal phone numbers; 8 is 7's
 * code trained on the eighth to tenth batches, with positives weighed once (not twice) and a 0.6%
 * harmless budget per category; 9 is 8's code and settings trained on the eleventh batch as well; 10 is 9's code
 * trained on the twelfth and thirteenth batches as well, averaging five seeded fits instead of three;
 * 11 is 10 with a post harmful for another reason counting half as much against a category as a
 * harmless post (logistic-regression.ts, `otherHarmWeight`); 12 is 11 trained on the fourteenth batch
 * as well, with posts in many voices weighing 10 (not 8) against the templates, and recognizers for
 * more street kinds, "Court, number 14", PIs beside marking and results, and NHS numbers so called.
 * 13 and 14 named models trained with the fifteenth and sixteenth batches and never released; 15 is
 * 12's code and training with a wider second-look budget (combiner.ts, SECOND_LOOK_BUDGET 12% -> 16%).
 * 16: 15 with what a review of real-looking posts found: 🔥 no threat term, weapon emoji a hint only,
 * "shoot" a photo or a ball not a gun, "I will kill" in nine more languages, NI numbers spelt one
 * character at a time; and, in results only, no second look for a post without words, evidence
 * without stop words, at most 20 spans.
 * 17: 16 with the sentences around a strong safeguarding or threat term in a long post scored on
 * their own (anchoredWindowLogit); and, in results only, weak terms quoted when nothing else is, and
 * no span quoted twice.
 * 18: 17 with the sentence rule (a long post's best sentence, scored alone, flags a category at a
 * bar of its own: sentenceScores, SENTENCE_BUDGET) and a second-look band under the other five
 * categories' thresholds too (issue 14 §6: nearThresholdFloor).
 */
export const CLASSIFIER_CODE_VERSION = '18';

/** What a member of staff said a mention really is: its text and the categories that apply ([] = harmless). */
export type Correction = { mentionId: string; text: string; labels: CategoryCode[] };

export type ModelOptions = {
  logistic: LogisticOptions;
  /** weight of a post written in many voices, against 1 for a slot-filled template post */
  voiceWeight: number;
  /** weight of a staff correction: a real post, judged by a person */
  correctionWeight: number;
  /**
   * weight of a held-out post in many voices, against 1 for a template post, when calibrating and
   * choosing thresholds: the voices are what real posts look like.
   */
  selectionVoiceWeight: number;
  /**
   * After the thresholds are chosen, train again on every post (validation too) with the same
   * settings and keep that model: its scores on unseen posts sit where the first model's did, and
   * it has learnt from a fifth more posts in many voices. The validation figures stay those of the
   * first model, which never saw them.
   */
  refit: boolean;
  /**
   * Fit this many models, each visiting the posts in its own seeded order, and average their weights.
   * The average of linear models is one linear model, so scoring costs the same; it damps the weight
   * a single run puts on an everyday word ("because", "keeps asking") that happened to come up
   * beside risk posts in its order. Five since lr-10 (three before): on held-out writers it scored a better
   * macro-F1 (0.819 -> 0.824) with fewer harmless posts flagged (6.8% -> 6.7%) than three; training
   * takes five-thirds as long.
   */
  seeds: number;
  /** L2 on the safeguarding and threat outputs' n-gram weights (null: the same as every output's). */
  urgentL2: number | null;
  /** How thresholds are chosen on validation (combiner.ts). */
  thresholds: ThresholdRules;
};

export const DEFAULT_MODEL_OPTIONS: ModelOptions = {
  logistic: DEFAULT_LOGISTIC_OPTIONS,
  // lr-12: 10 (lr-5 to lr-11 had 8), chosen on held-out writers by lr-8's rule.
  voiceWeight: 10,
  correctionWeight: 2,
  selectionVoiceWeight: 4,
  refit: false,
  seeds: 5,
  urgentL2: 0.01,
  thresholds: DEFAULT_THRESHOLD_RULES,
};

type UrgentCode = 'safeguarding' | 'threat';
const URGENT_CODES: readonly UrgentCode[] = ['safeguarding', 'threat'];

/**
 * recall of the flag alone, recall of the flag or the second look together, and the share of
 * harmless posts each puts in front of staff.
 */
export type UrgentReach = {
  flagged: number;
  flaggedOrSecondLook: number;
  harmlessFlagged: number;
  harmlessSecondLook: number;
};

function urgentReachOf(
  examples: ReadonlyArray<{
    logits: Record<CategoryCode, number>;
    sentenceLogits?: Record<CategoryCode, number> | null;
    labels: readonly CategoryCode[];
  }>,
  params: CombinerParams,
): Record<UrgentCode, UrgentReach> {
  const out = {} as Record<UrgentCode, UrgentReach>;
  for (const code of URGENT_CODES) {
    let positives = 0;
    let flagged = 0;
    let reached = 0;
    let harmless = 0;
    let harmlessFlagged = 0;
    let harmlessSecond = 0;
    for (const e of examples) {
      const d = decide(e.logits, params, e.sentenceLogits ?? null).find((x) => x.category === code);
      if (e.labels.includes(code)) {
        positives++;
        if (d && !d.secondLook) flagged++;
        if (d) reached++;
      } else if (e.labels.length === 0) {
        harmless++;
        if (d && !d.secondLook) harmlessFlagged++;
        if (d?.secondLook) harmlessSecond++;
      }
    }
    const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
    out[code] = {
      flagged: share(flagged, positives),
      flaggedOrSecondLook: share(reached, positives),
      harmlessFlagged: share(harmlessFlagged, harmless),
      harmlessSecondLook: share(harmlessSecond, harmless),
    };
  }
  return out;
}

/** How well the calibrated scores match what they claim, on validation (Platt cross-fitted in halves). */
export type CalibrationReport = {
  brier: Record<CategoryCode, number>;
  /** expected calibration error, all categories' scores pooled */
  ece: number;
};

export type TrainedModel = {
  version: string;
  logistic: LogisticModel;
  params: CombinerParams;
  /** How the chosen thresholds did on the held-out posts of the corpus (templates and voices together). */
  validation: EvalReport;
  /** The same, on the held-out posts in many voices only: the closer measure of posts never seen. */
  validationVoices: EvalReport;
  calibration: CalibrationReport;
  /** Safeguarding and threat on the held-out posts in many voices: what the red flag and the second look reach. */
  urgentReach: Record<UrgentCode, UrgentReach>;
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
  options: ModelOptions = DEFAULT_MODEL_OPTIONS,
  corrections: readonly Correction[] = [],
): string {
  const rules = JSON.stringify({
    LEXICONS,
    compounds: [SAFEGUARDING_COMPOUNDS, THREAT_COMPOUNDS],
    recognizers: PERSONAL_DATA_RECOGNIZERS.map((r) => [r.entity, r.pattern.source, r.baseScore, r.contextWords]),
    RULE_FEATURES,
    options,
  });
  const hash = createHash('sha256').update(corpus.hash).update(rules);
  // The corpus-only model keeps the version it always had; corrections name a different model.
  if (corrections.length > 0) hash.update(JSON.stringify(corrections.map((c) => [c.text, [...c.labels].sort()])));
  const digest = hash.digest('hex').slice(0, 12);
  return `lr-${CLASSIFIER_CODE_VERSION}-${digest}${corrections.length > 0 ? `-c${corrections.length}` : ''}`;
}

const DIMENSION = HASH_SIZE + RULE_FEATURES.length;

// Analysing the corpus is a third of training; a process that trains more than once (retraining,
// tests) analyses each corpus post once. Keyed by text: same text, same analysis.
const analysisCache = new Map<string, Analysis>();
const ANALYSIS_CACHE_LIMIT = 20_000;

function analyseCorpusPost(text: string): Analysis {
  let a = analysisCache.get(text);
  if (!a) {
    a = analyse(text);
    if (analysisCache.size < ANALYSIS_CACHE_LIMIT) analysisCache.set(text, a);
  }
  return a;
}

function labelVector(labels: readonly CategoryCode[]): Uint8Array {
  return Uint8Array.from(CATEGORY_CODES.map((c) => (labels.includes(c) ? 1 : 0)));
}

/**
 * One harmful sentence in a long cheerful post is diluted: every block of features is normalised by
 * the post's length, so "the pills are lined up" after two paragraphs about day schools scored 0.07
 * and "going to stab my tutor on Monday" 0.02, where alone they score 0.99. So for safeguarding and
 * threat, in a post of LONG_POST_TOKENS words or more, the sentence around each strong urgent term
 * (weight x context at least ANCHOR_STRENGTH), with the sentence before and after, is scored too, and
 * the higher logit kept. Scoring every sentence this way raised harmless posts more than harmful ones
 * (docs/classifier-history.md, "Sentence windows"); anchored on a strong term, it leaves held-out
 * writers' figures where they were and finds the diluted ones.
 */
const LONG_POST_TOKENS = 40;
const ANCHOR_STRENGTH = 0.5;
const SENTENCE = /[^.!?\n]+[.!?\n]*/g;
/**
 * A window reaches at most this many characters either side of its term (cut at a space), and a
 * post gets at most MAX_WINDOWS of them: 20,000 characters of "I want to kill myself" with no full
 * stop made every one of its 700 terms re-read the whole post (6.6 s for one post).
 */
const WINDOW_REACH = 600;
const MAX_WINDOWS = 8;

/** What one long post's windows share between safeguarding and threat: its sentences, and each window's logits. */
type WindowCache = {
  sentences?: Array<{ start: number; end: number }>;
  logits: Map<string, ReturnType<typeof logitsOf>>;
};

function anchoredWindowLogit(
  model: LogisticModel,
  a: Analysis,
  category: UrgentCode,
  logit: number,
  cache: WindowCache,
): number {
  let best = logit;
  const read = new Set<string>();
  const k = CATEGORY_CODES.indexOf(category);
  const text = a.n.lower;
  for (const hit of a.lexicons[category].hits) {
    if (hit.weight * hit.factor < ANCHOR_STRENGTH) continue;
    const sentences = (cache.sentences ??= [...text.matchAll(SENTENCE)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    })));
    const i = sentences.findIndex((s) => s.start <= hit.start && hit.start < s.end);
    if (i < 0) continue;
    let from = sentences[Math.max(0, i - 1)]!.start;
    let to = sentences[Math.min(sentences.length - 1, i + 1)]!.end;
    if (hit.start - from > WINDOW_REACH)
      from = Math.min(hit.start, Math.max(from, text.indexOf(' ', hit.start - WINDOW_REACH) + 1));
    if (to - hit.end > WINDOW_REACH) to = Math.max(hit.end, text.lastIndexOf(' ', hit.end + WINDOW_REACH));
    const key = `${from}:${to}`;
    if (read.has(key)) continue;
    if (read.size === MAX_WINDOWS) break;
    read.add(key);
    let z = cache.logits.get(key);
    if (!z) cache.logits.set(key, (z = logitsOf(model, analyse(text.slice(from, to)).vector)));
    best = Math.max(best, z[k]!);
  }
  return best;
}

/** A long post's sentences for the sentence rule: at least this many words each (short ones join the next). */
const SENTENCE_MIN_WORDS = 6;
/** At most this many sentences are read alone (the first ones), so a long post costs a bounded amount. */
const MAX_SENTENCES = 24;

/** Cuts [from, to) into pieces of at most WINDOW_REACH characters, at spaces where it can. */
function pieces(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  while (to - from > WINDOW_REACH) {
    const space = text.lastIndexOf(' ', from + WINDOW_REACH);
    const cut = space > from ? space : from + WINDOW_REACH;
    out.push([from, cut]);
    from = cut + 1;
  }
  if (to > from) out.push([from, to]);
  return out;
}

type SentenceScores = {
  logits: Record<CategoryCode, number>;
  /** per category, where its best sentence is in the normalised text */
  at: Record<CategoryCode, readonly [number, number]>;
  /** per category, its best sentence read alone: kept for the evidence, so it is not analysed twice */
  alone: Record<CategoryCode, Analysis>;
};

/**
 * The sentence rule's score (combiner.ts, SENTENCE_BUDGET): a post of LONG_POST_TOKENS words or more,
 * each of its sentences of SENTENCE_MIN_WORDS words or more scored alone, the highest logit per
 * category and where it is. Null for a shorter post.
 */
function sentenceScores(model: LogisticModel, a: Analysis): SentenceScores | null {
  if (a.tokens.length < LONG_POST_TOKENS) return null;
  const text = a.n.text;
  const best = CATEGORY_CODES.map(() => -Infinity);
  const at = CATEGORY_CODES.map((): readonly [number, number] => [0, 0]);
  const alone: Analysis[] = [];
  let read = 0;
  let from = -1;
  let words = 0;
  for (const m of text.matchAll(SENTENCE)) {
    if (from < 0) from = m.index;
    words += m[0].split(/\s+/).filter(Boolean).length;
    if (words < SENTENCE_MIN_WORDS) continue;
    for (const [start, end] of pieces(text, from, m.index + m[0].length)) {
      if (read++ === MAX_SENTENCES) break;
      const sentence = analyse(text.slice(start, end));
      const z = logitsOf(model, sentence.vector);
      CATEGORY_CODES.forEach((_, k) => {
        if (z[k]! <= best[k]!) return;
        best[k] = z[k]!;
        at[k] = [start, end];
        alone[k] = sentence;
      });
    }
    if (read > MAX_SENTENCES) break;
    from = -1;
    words = 0;
  }
  if (read === 0) return null;
  const out: SentenceScores = {
    logits: {} as SentenceScores['logits'],
    at: {} as SentenceScores['at'],
    alone: {} as SentenceScores['alone'],
  };
  CATEGORY_CODES.forEach((c, k) => {
    out.logits[c] = best[k]!;
    out.at[c] = at[k]!;
    out.alone[c] = alone[k]!;
  });
  return out;
}

/** A category the sentence rule flagged is shown by what its sentence, read alone, gives as evidence. */
function sentenceEvidence(model: LogisticModel, a: Analysis, sentences: SentenceScores, category: CategoryCode) {
  const [from] = sentences.at[category];
  return evidenceFor(model, sentences.alone[category], category).map((span) =>
    evidenceSpan(a.n, from + span.start, from + span.end, span.reason),
  );
}

function logitRecord(model: LogisticModel, a: Analysis): Record<CategoryCode, number> {
  const z = logitsOf(model, a.vector);
  const out = {} as Record<CategoryCode, number>;
  CATEGORY_CODES.forEach((c, k) => (out[c] = z[k]!));
  if (a.tokens.length >= LONG_POST_TOKENS) {
    const cache: WindowCache = { logits: new Map() };
    for (const c of URGENT_CODES) out[c] = anchoredWindowLogit(model, a, c, out[c], cache);
  }
  return out;
}

function predicted(
  z: Record<CategoryCode, number>,
  params: CombinerParams,
  sentences: Record<CategoryCode, number> | null = null,
): CategoryCode[] {
  return decide(z, params, sentences)
    .filter((d) => !d.secondLook)
    .map((d) => d.category);
}

/** Platt fitted on one half of validation and scored on the other, both ways round. */
function calibrationReport(examples: readonly ValidationExample[], keys: readonly string[]): CalibrationReport {
  const half = keys.map((k) => createHash('sha256').update(k).digest()[0]! % 2);
  const brier = {} as Record<CategoryCode, number>;
  const pooledP: number[] = [];
  const pooledY: boolean[] = [];
  for (const category of CATEGORY_CODES) {
    const p: number[] = [];
    const y: boolean[] = [];
    for (const side of [0, 1]) {
      const fitOn = examples.filter((_, i) => half[i] !== side);
      const platt = fitPlatt(
        fitOn.map((e) => e.logits[category]),
        fitOn.map((e) => e.labels.includes(category)),
      );
      examples.forEach((e, i) => {
        if (half[i] !== side) return;
        p.push(applyPlatt(platt, e.logits[category]));
        y.push(e.labels.includes(category));
      });
    }
    brier[category] = brierScore(p, y);
    pooledP.push(...p);
    pooledY.push(...y);
  }
  return { brier, ece: expectedCalibrationError(pooledP, pooledY) };
}

/**
 * Trains on the training split plus any staff corrections, then calibrates and picks thresholds on
 * the held-out split. Corrections only ever train: every model is judged on the same validation
 * split, so their scores can be compared when deciding whether to promote one.
 */
export function trainModel(
  corpus: Corpus = loadCorpus(),
  options: ModelOptions = DEFAULT_MODEL_OPTIONS,
  corrections: readonly Correction[] = [],
): TrainedModel {
  const started = performance.now();
  const { train, validation } = splitCorpus(corpus.posts);
  const corrected: LabelledPost[] = corrections.map((c) => ({
    id: `mention-${c.mentionId}`,
    text: c.text,
    labels: c.labels,
  }));
  const weightOf = (p: LabelledPost, isCorrection: boolean) =>
    isCorrection ? options.correctionWeight : p.voice ? options.voiceWeight : 1;
  const example = (p: LabelledPost, isCorrection: boolean, a: Analysis): TrainingExample => ({
    key: p.id,
    x: a.vector,
    y: labelVector(p.labels),
    weight: weightOf(p, isCorrection),
  });
  const owners = { from: HASH_SIZE, owners: RULE_FEATURE_OWNERS };
  const fitOne = (examples: TrainingExample[], seed: number) =>
    trainLogistic(
      examples,
      CATEGORY_CODES.length,
      DIMENSION,
      {
        ...options.logistic,
        seed,
        ...(options.urgentL2 === null
          ? {}
          : { outputL2: Object.fromEntries(URGENT_CODES.map((c) => [CATEGORY_CODES.indexOf(c), options.urgentL2!])) }),
      },
      owners,
    );
  const fit = (examples: TrainingExample[]) =>
    averageModels(
      Array.from({ length: Math.max(1, options.seeds) }, (_, i) => fitOne(examples, options.logistic.seed + i)),
    );

  const trained = [
    ...train.map((p) => example(p, false, analyseCorpusPost(p.text))),
    ...corrected.map((p) => example(p, true, analyse(p.text))),
  ];
  const held = validation.map((post) => ({ post, analysis: analyseCorpusPost(post.text) }));
  const splitModel = fit(trained);
  const validationExamples: ValidationExample[] = held.map((h) => ({
    logits: logitRecord(splitModel, h.analysis),
    sentenceLogits:
      options.thresholds.sentenceBudget === null ? null : (sentenceScores(splitModel, h.analysis)?.logits ?? null),
    labels: h.post.labels,
    weight: h.post.voice ? options.selectionVoiceWeight : 1,
  }));
  const params = chooseParams(validationExamples, options.thresholds);
  const logistic = options.refit
    ? fit([...trained, ...held.map((h) => example(h.post, false, h.analysis))])
    : splitModel;
  const pairs = validationExamples.map((e) => ({
    expected: e.labels,
    predicted: predicted(e.logits, params, e.sentenceLogits ?? null),
  }));
  return {
    version: modelVersion(corpus, options, corrections),
    logistic,
    params,
    validation: evaluate(pairs),
    validationVoices: evaluate(pairs.filter((_, i) => held[i]!.post.voice)),
    urgentReach: urgentReachOf(
      validationExamples.filter((_, i) => held[i]!.post.voice),
      params,
    ),
    calibration: calibrationReport(
      validationExamples,
      held.map((h) => h.post.id),
    ),
    trainingPosts: train.length + corrected.length + (options.refit ? validation.length : 0),
    validationPosts: validation.length,
    correctionsUsed: corrections.length,
    trainedAt: new Date(),
    trainingMs: performance.now() - started,
  };
}

/**
 * Words that say nothing on their own, however the model weighs them: never highlighted alone.
 * natural's English stop words; the same words as people type them without an apostrophe; Welsh
 * function words; titles, courtesies and the University's own name, which every mention carries.
 * Compared as stems, as the model's terms are.
 */
const QUIET_WORDS = new Set(
  [
    ...stopwords,
    ...'not no nor i me my myself you your he she him her his they them their we us our it have has had do did will would can could get got go going gonna say said says just all one ones what who how when where which if but about been being am think thought tell told know knew want make made take see look thing things really very so too some any lol anyone someone something anything everyone everything also even ever yet though okay ok yeah yes'.split(
      ' ',
    ),
    ...'im ive id ill youre youve youd hes shes theyre theyve weve dont doesnt didnt cant couldnt wont wouldnt shouldnt isnt wasnt arent werent aint thats whats theres'.split(
      ' ',
    ),
    ...'a ac ar am at dw dwi rwy rwyf mae maen oedd roedd yw ydy ydw os ond hefyd iawn wedi bod yn y yr o ei hi fe fo fi ti ni chi nhw gan mewn i'.split(
      ' ',
    ),
    ...'dr mr mrs ms miss prof sir madam thank thanks cheers sorry please hi hello hey open university ou'.split(' '),
  ].map((word) => stem(word.toLowerCase())),
);
const MODEL_EVIDENCE_MAX = 3;
/** Spans quoted per category at most, in text order: a post of 5,000 emoji is not 5,000 findings. */
const EVIDENCE_MAX = 20;
/** A word is evidence only if it adds at least this to the logit per unit of feature value. */
const MODEL_EVIDENCE_MIN_WEIGHT = 0.5;

/**
 * The words of the post that pushed this category up the most: the word and word-pair features
 * with the largest positive weight, quoted from the post.
 */
function modelEvidence(model: LogisticModel, a: Analysis, category: CategoryCode): EvidenceSpan[] {
  const k = CATEGORY_CODES.indexOf(category);
  const K = model.outputs;
  const candidates: Array<{ start: number; end: number; weight: number }> = [];
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.term.startsWith('zz') && !QUIET_WORDS.has(t.term)) {
      candidates.push({ start: t.start, end: t.end, weight: model.weights[wordFeature(t.term) * K + k]! });
    }
    if (i > 0) {
      const prev = tokens[i - 1]!;
      const quiet = (term: string) => term.startsWith('zz') || QUIET_WORDS.has(term);
      if (!(quiet(prev.term) && quiet(t.term))) {
        candidates.push({
          start: prev.start,
          end: t.end,
          weight: model.weights[pairFeature(prev.term, t.term) * K + k]!,
        });
      }
    }
  }
  candidates.sort((x, y) => y.weight - x.weight || x.start - y.start);
  const chosen: typeof candidates = [];
  for (const c of candidates) {
    if (c.weight < MODEL_EVIDENCE_MIN_WEIGHT || chosen.length >= MODEL_EVIDENCE_MAX) break;
    if (chosen.some((o) => c.start < o.end && o.start < c.end)) continue;
    chosen.push(c);
  }
  return chosen.map((c) => evidenceSpan(a.n, c.start, c.end, MODEL_REASON));
}

/** Lexicon terms quoted when nothing stronger is: the weakest that still moved the score. */
const WEAK_TERMS_MAX = 3;

/**
 * What staff see for a category: the rules' findings and the model's strongest words. When neither
 * has anything to quote (a hint such as 🔪 is below the rules' own bar), the category's weaker
 * lexicon terms are quoted rather than nothing, so a flag can always be checked against the post
 * unless no word of it carried weight (character n-grams alone are not quoted).
 */
function evidenceFor(model: LogisticModel, a: Analysis, category: CategoryCode): EvidenceSpan[] {
  const found = dedupeSpans([...ruleEvidence(a, category), ...modelEvidence(model, a, category)]);
  if (found.length > 0) return found.slice(0, EVIDENCE_MAX);
  const weak = [...a.lexicons[category].hits]
    .sort((x, y) => y.weight * y.factor - x.weight * x.factor || x.start - y.start)
    .slice(0, WEAK_TERMS_MAX)
    .map((h) => evidenceSpan(a.n, h.start, h.end, `${category}_term`));
  return dedupeSpans(weak);
}

/** Every category's calibrated probability for a post, flagged or not (for calibration measures). */
export function probabilitiesOf(model: TrainedModel, text: string): Record<CategoryCode, number> {
  const z = logitRecord(model.logistic, analyse(text));
  const out = {} as Record<CategoryCode, number>;
  for (const c of CATEGORY_CODES) out[c] = applyPlatt(model.params[c].platt, z[c]);
  return out;
}

const hasSentenceRule = (params: CombinerParams) => CATEGORY_CODES.some((c) => (params[c].sentence ?? null) !== null);

export function classifyWith(model: TrainedModel, text: string): ClassificationResult {
  const a = analyse(text);
  const sentences = hasSentenceRule(model.params) ? sentenceScores(model.logistic, a) : null;
  const decisions = decide(logitRecord(model.logistic, a), model.params, sentences?.logits ?? null);
  const categories: CategoryResult[] = [];
  const secondLook: CategoryResult[] = [];
  for (const d of decisions) {
    // A post with no words (empty, emoji, invisible characters) sits at the model's prior, which is
    // over the second-look floor: there is nothing in it for staff to look at twice.
    if (d.secondLook && a.tokens.length === 0) continue;
    const result: CategoryResult = {
      category: d.category,
      score: Math.round(d.probability * 1000) / 1000,
      policyRef: CATEGORY_INFO[d.category].policyRef,
      evidence:
        d.bySentence && sentences
          ? sentenceEvidence(model.logistic, a, sentences, d.category)
          : evidenceFor(model.logistic, a, d.category),
    };
    (d.secondLook ? secondLook : categories).push(result);
  }
  return { modelVersion: model.version, categories, secondLook };
}

// One model per process, trained on first use and kept under its version: never per request.
let cached: TrainedModel | undefined;

export function getModel(): TrainedModel {
  cached ??= trainOrLoadModel();
  return cached;
}

/** trainModel, unless a model of the same version is on disk (model-cache.ts). */
export function trainOrLoadModel(
  corpus: Corpus = loadCorpus(),
  options: ModelOptions = DEFAULT_MODEL_OPTIONS,
  corrections: readonly Correction[] = [],
): TrainedModel {
  return cachedOrTrained(modelVersion(corpus, options, corrections), () => trainModel(corpus, options, corrections));
}
