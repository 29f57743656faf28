import { CATEGORY_CODES, type CategoryCode } from '@ou-listening/shared';

export type CategoryMetrics = {
  precision: number;
  recall: number;
  f1: number;
  support: number;
  tp: number;
  fp: number;
  fn: number;
};

export type EvalReport = {
  posts: number;
  categories: Record<CategoryCode, CategoryMetrics>;
  macroF1: number;
  /** Share of posts labelled [] that got at least one category. */
  falseAlarmRate: number;
};

export function fBeta(precision: number, recall: number, beta = 1): number {
  const b2 = beta * beta;
  const denom = b2 * precision + recall;
  return denom === 0 ? 0 : ((1 + b2) * precision * recall) / denom;
}

export function categoryMetrics(tp: number, fp: number, fn: number): CategoryMetrics {
  // With no positives and no predictions there is nothing to get wrong: count it as perfect.
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  return { precision, recall, f1: fBeta(precision, recall), support: tp + fn, tp, fp, fn };
}

export function evaluate(
  pairs: ReadonlyArray<{ expected: readonly CategoryCode[]; predicted: readonly CategoryCode[] }>,
): EvalReport {
  const categories = {} as Record<CategoryCode, CategoryMetrics>;
  for (const c of CATEGORY_CODES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { expected, predicted } of pairs) {
      const e = expected.includes(c);
      const p = predicted.includes(c);
      if (e && p) tp++;
      else if (p) fp++;
      else if (e) fn++;
    }
    categories[c] = categoryMetrics(tp, fp, fn);
  }
  const harmless = pairs.filter((p) => p.expected.length === 0);
  const falseAlarms = harmless.filter((p) => p.predicted.length > 0).length;
  return {
    posts: pairs.length,
    categories,
    macroF1: CATEGORY_CODES.reduce((s, c) => s + categories[c].f1, 0) / CATEGORY_CODES.length,
    falseAlarmRate: harmless.length === 0 ? 0 : falseAlarms / harmless.length,
  };
}

export function formatReport(report: EvalReport): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [`category              precision  recall  f1     support`];
  for (const c of CATEGORY_CODES) {
    const m = report.categories[c];
    lines.push(
      `${c.padEnd(22)}${pct(m.precision).padEnd(11)}${pct(m.recall).padEnd(8)}${pct(m.f1).padEnd(7)}${m.support}`,
    );
  }
  lines.push(
    `macro-F1 ${pct(report.macroF1)}   posts ${report.posts}   harmless posts flagged ${(report.falseAlarmRate * 100).toFixed(1)}%`,
  );
  return lines.join('\n');
}
