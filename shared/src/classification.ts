import type { CategoryCode } from './categories.js';

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

/** The classifier's verdict on one post: only the categories that apply, highest score first. */
export type ClassificationResult = {
  modelVersion: string;
  categories: CategoryResult[];
};
