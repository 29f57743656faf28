import { type CategoryCode, isUrgentCategory } from './categories.js';

/** A span of the original post text that shows why a category applies. Offsets are UTF-16 indices. */
export type EvidenceSpan = {
  start: number;
  end: number;
  text: string;
  /** What found it: a recognizer (uk_phone, email, …), a lexicon term (litigation_term, …) or the model. */
  reason: string;
};

export type CategoryResult = {
  category: CategoryCode;
  /** 0–1 */
  score: number;
  policyRef: string;
  evidence: EvidenceSpan[];
};

/**
 * The classifier's verdict on one post: only the categories that apply, highest score first.
 * Scores are calibrated on validation: of posts scored 0.8, roughly 80% carry the category.
 */
export type ClassificationResult = {
  modelVersion: string;
  categories: CategoryResult[];
  /**
   * Categories scored under their threshold but over their second-look floor: not flagged, shown in
   * the queue's Second look view. For safeguarding and threat a "possible risk" never dropped; for
   * the rest a post near the threshold, where a staff mark teaches the model most.
   */
  secondLook: CategoryResult[];
};

export type ClassifyRequest = { text: string };

/** How one category did on the validation split, and the threshold the combiner uses for it. */
export type CategoryValidationScore = {
  category: CategoryCode;
  precision: number;
  recall: number;
  f1: number;
  /** posts in the validation split that carry this category */
  support: number;
  /** calibrated score at or above which the category applies */
  threshold: number;
  /** the calibrated score from which a post goes to Second look; null: no band under this threshold */
  secondLookFloor?: number | null;
  /** mean squared error of the calibrated score on validation (0 is perfect) */
  brierScore?: number;
};

/** The model the classifier uses now, and how it scored on the corpus's held-out templates. */
export type ClassifierModelView = {
  modelVersion: string;
  trainedAt: string;
  /** staff corrections trained on, on top of the corpus */
  correctionsUsed: number;
  trainingPosts: number;
  validationPosts: number;
  macroF1: number;
  /** share of harmless validation posts given any category */
  falseAlarmRate: number;
  /** expected calibration error over every category's scores on validation (cross-fitted) */
  calibrationError?: number;
  categories: CategoryValidationScore[];
};

/** One category's precision as staff marks record it over a window (issue 14 §7). */
export type MarkedCategoryPrecision = {
  category: CategoryCode;
  /** flagged mentions whose latest mark keeps this category (any mark but false positive, or a correction naming it) */
  confirmed: number;
  /** flagged mentions whose latest mark is false positive, or a correction without this category */
  falsePositives: number;
  /** confirmed / (confirmed + falsePositives); null when nobody has marked one yet */
  precision: number | null;
};

export type MarkedPrecisionWindow = { days: number; categories: MarkedCategoryPrecision[] };

/** Aggregates from the last `npm run eval:sealed`: totals and per-category figures, never a single post. */
export type SealedScores = {
  modelVersion: string;
  measuredAt: string;
  posts: number;
  macroF1: number;
  falseAlarmRate: number;
  categories: Array<{ category: CategoryCode; precision: number; recall: number; support: number }>;
};

export type ClassifierPrecisionView = {
  /** real (non-demo) mentions only: demo marks are not staff judgement on real posts */
  windows: MarkedPrecisionWindow[];
  /** null until the sealed set has been scored */
  sealed: SealedScores | null;
  /** true when the sealed figures were measured on another model than the one in use */
  sealedIsForAnotherModel: boolean;
};

/**
 * A verdict as a post or report stores it: its strongest category on top, every score held to 0–1.
 * Its risk is its strongest flagged score; a post flagged for nothing but sent to a second look for
 * safeguarding or threat carries its strongest such score instead of 0, so the risk order puts a
 * possible risk to life above the posts the model found nothing in. A second look for another
 * category adds no risk: it is a post the model is unsure about, not one it found harm in.
 */
export type StoredVerdict = {
  topCategory: CategoryCode | null;
  riskScore: number;
  modelVersion: string;
  categories: { category: CategoryCode; score: number; evidence: EvidenceSpan[] }[];
  secondLook: CategoryCode[];
};

export function storedVerdict(result: ClassificationResult): StoredVerdict {
  const clamp = (score: number) => Math.min(1, Math.max(0, score));
  const categories = [...result.categories].sort((a, b) => b.score - a.score);
  const top = categories[0];
  return {
    topCategory: top?.category ?? null,
    riskScore: clamp(
      top?.score ?? Math.max(0, ...result.secondLook.filter((c) => isUrgentCategory(c.category)).map((c) => c.score)),
    ),
    modelVersion: result.modelVersion,
    categories: categories.map((c) => ({ category: c.category, score: clamp(c.score), evidence: c.evidence })),
    secondLook: result.secondLook.map((c) => c.category),
  };
}
