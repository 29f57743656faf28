import {
  CATEGORY_CODES,
  CATEGORY_INFO,
  type CategoryCode,
  type CategoryResult,
  type EvidenceSpan,
} from '@ou-listening/shared';
import { fBeta } from './metrics.js';

/** What the rule stages (recognizers, lexicons) and the model each say about one category. */
export type CategorySignal = { rule: number; model: number; evidence: EvidenceSpan[] };
export type Signals = Record<CategoryCode, CategorySignal>;

export type CategoryParams = { ruleWeight: number; threshold: number };
export type CombinerParams = Record<CategoryCode, CategoryParams>;

/**
 * Safeguarding must reach a person and personal data must not slip through, so their thresholds
 * favour recall (F-beta with beta > 1); the rest balance precision and recall.
 */
export const SELECTION_BETA: Readonly<Record<CategoryCode, number>> = {
  confidential: 1,
  litigation: 1,
  disrepute: 1,
  personal_data: 1.5,
  safeguarding: 2,
  threat: 2,
  academic_misconduct: 1,
};

const RULE_WEIGHTS = [0.5, 0.6, 0.7, 0.8];
const PREFERRED_RULE_WEIGHT = 0.6;
// A floor of 0.3 keeps the model alone from flagging a post on a few template words.
const THRESHOLDS = Array.from({ length: 61 }, (_, i) => 0.3 + i * 0.01);

export function rawScore(signal: CategorySignal, p: CategoryParams): number {
  return p.ruleWeight * signal.rule + (1 - p.ruleWeight) * signal.model;
}

/**
 * Rescales so every category's threshold sits at 0.5: a 0.7 means the same margin of confidence
 * whichever category it is, which lets staff sort the queue by score across categories.
 */
export function calibrated(raw: number, threshold: number): number {
  const s = raw < threshold ? (0.5 * raw) / threshold : 0.5 + (0.5 * (raw - threshold)) / (1 - threshold);
  return Math.round(Math.min(1, Math.max(0, s)) * 1000) / 1000;
}

/** Stage 5: only the categories over their threshold, highest score first, each with its evidence. */
export function combine(signals: Signals, params: CombinerParams): CategoryResult[] {
  const results: CategoryResult[] = [];
  for (const category of CATEGORY_CODES) {
    const signal = signals[category];
    const p = params[category];
    const raw = rawScore(signal, p);
    if (raw < p.threshold) continue;
    results.push({
      category,
      score: calibrated(raw, p.threshold),
      policyRef: CATEGORY_INFO[category].policyRef,
      evidence: signal.evidence,
    });
  }
  return results.sort(
    (a, b) => b.score - a.score || CATEGORY_CODES.indexOf(a.category) - CATEGORY_CODES.indexOf(b.category),
  );
}

/**
 * Picks, per category, the rule weight and threshold with the best F-beta on the validation split.
 * Among equally good thresholds the middle of the run is taken, leaving the widest margin either side.
 */
export function chooseParams(examples: ReadonlyArray<{ signals: Signals; labels: readonly CategoryCode[] }>): {
  params: CombinerParams;
  validationF: Record<CategoryCode, number>;
} {
  const params = {} as CombinerParams;
  const validationF = {} as Record<CategoryCode, number>;
  for (const category of CATEGORY_CODES) {
    let best = { f: -1, weightPenalty: Infinity, ruleWeight: PREFERRED_RULE_WEIGHT, threshold: 0.5 };
    for (const ruleWeight of RULE_WEIGHTS) {
      const scored = examples.map((e) => ({
        raw: rawScore(e.signals[category], { ruleWeight, threshold: 0 }),
        positive: e.labels.includes(category),
      }));
      const fs = THRESHOLDS.map((t) => {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        for (const s of scored) {
          if (s.raw >= t) {
            if (s.positive) tp++;
            else fp++;
          } else if (s.positive) fn++;
        }
        const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
        const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
        return fBeta(precision, recall, SELECTION_BETA[category]);
      });
      const top = Math.max(...fs);
      // Longest run of thresholds reaching the top score; its middle is the most robust choice.
      let runStart = -1;
      let bestRun: [number, number] = [-1, -1];
      fs.forEach((f, i) => {
        if (f < top - 1e-9) {
          runStart = -1;
          return;
        }
        if (runStart < 0) runStart = i;
        if (bestRun[0] < 0 || i - runStart > bestRun[1] - bestRun[0]) bestRun = [runStart, i];
      });
      const threshold = THRESHOLDS[Math.floor((bestRun[0] + bestRun[1]) / 2)]!;
      const weightPenalty = Math.abs(ruleWeight - PREFERRED_RULE_WEIGHT);
      if (top > best.f + 1e-9 || (Math.abs(top - best.f) <= 1e-9 && weightPenalty < best.weightPenalty)) {
        best = { f: top, weightPenalty, ruleWeight, threshold };
      }
    }
    params[category] = { ruleWeight: best.ruleWeight, threshold: Math.round(best.threshold * 100) / 100 };
    validationF[category] = best.f;
  }
  return { params, validationF };
}
