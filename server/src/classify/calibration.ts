/**
 * Platt scaling: p = 1 / (1 + exp(-(a·z + b))) fitted to held-out logits z and 0/1 labels, so that
 * a score of 0.8 means roughly 80% of such posts carry the category. Platt's smoothed targets keep
 * a fit on few positives from going to 0 or 1.
 */
export type Platt = { a: number; b: number };

export const IDENTITY_PLATT: Platt = { a: 1, b: 0 };

export function applyPlatt(p: Platt, z: number): number {
  const t = p.a * z + p.b;
  return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
}

/** Newton's method with a backtracking line search on the log loss (Platt 1999; Lin, Lin and Weng 2007). */
export function fitPlatt(z: readonly number[], y: readonly boolean[]): Platt {
  const positives = y.filter(Boolean).length;
  const negatives = y.length - positives;
  if (positives === 0 || negatives === 0) return IDENTITY_PLATT;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const t = y.map((v) => (v ? hi : lo));
  let a = 1;
  let b = 0;
  const loss = (a: number, b: number) => {
    let f = 0;
    for (let i = 0; i < z.length; i++) {
      const u = a * z[i]! + b;
      f += u >= 0 ? (1 - t[i]!) * u + Math.log1p(Math.exp(-u)) : -t[i]! * u + Math.log1p(Math.exp(u));
    }
    return f;
  };
  let f = loss(a, b);
  for (let iter = 0; iter < 100; iter++) {
    let h11 = 1e-12;
    let h22 = 1e-12;
    let h21 = 0;
    let g1 = 0;
    let g2 = 0;
    for (let i = 0; i < z.length; i++) {
      const p = applyPlatt({ a, b }, z[i]!);
      const d2 = p * (1 - p);
      h11 += z[i]! * z[i]! * d2;
      h22 += d2;
      h21 += z[i]! * d2;
      const d1 = p - t[i]!;
      g1 += z[i]! * d1;
      g2 += d1;
    }
    if (Math.abs(g1) < 1e-7 && Math.abs(g2) < 1e-7) break;
    const det = h11 * h22 - h21 * h21;
    const da = -(h22 * g1 - h21 * g2) / det;
    const db = -(-h21 * g1 + h11 * g2) / det;
    const gd = g1 * da + g2 * db;
    let step = 1;
    let moved = false;
    while (step >= 1e-10) {
      const na = a + step * da;
      const nb = b + step * db;
      const nf = loss(na, nb);
      if (nf < f + 1e-4 * step * gd) {
        a = na;
        b = nb;
        f = nf;
        moved = true;
        break;
      }
      step /= 2;
    }
    if (!moved) break;
  }
  return { a, b };
}

/** Mean squared difference between probability and outcome: 0 is perfect, 0.25 is a coin toss. */
export function brierScore(p: readonly number[], y: readonly boolean[]): number {
  if (p.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += (p[i]! - (y[i] ? 1 : 0)) ** 2;
  return sum / p.length;
}

/**
 * Expected calibration error over ten equal-width bins: how far, on average over posts, the share
 * that carry the category is from the score they were given.
 */
export function expectedCalibrationError(p: readonly number[], y: readonly boolean[], bins = 10): number {
  if (p.length === 0) return 0;
  const count = new Array<number>(bins).fill(0);
  const sumP = new Array<number>(bins).fill(0);
  const sumY = new Array<number>(bins).fill(0);
  for (let i = 0; i < p.length; i++) {
    const b = Math.min(bins - 1, Math.floor(p[i]! * bins));
    count[b]! += 1;
    sumP[b]! += p[i]!;
    sumY[b]! += y[i] ? 1 : 0;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) if (count[b]! > 0) ece += Math.abs(sumP[b]! - sumY[b]!) / p.length;
  return ece;
}
