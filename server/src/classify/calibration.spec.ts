import { applyPlatt, brierScore, expectedCalibrationError, fitPlatt, IDENTITY_PLATT } from './calibration';

/** Logits and outcomes drawn so that P(y | z) = sigmoid(2z - 1), deterministically. */
function sample(n: number): { z: number[]; y: boolean[] } {
  const z: number[] = [];
  const y: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const zi = -4 + (8 * i) / n;
    const p = 1 / (1 + Math.exp(-(2 * zi - 1)));
    // A low-discrepancy sequence in place of random draws keeps the test exact and repeatable.
    const u = (i * 0.6180339887) % 1;
    z.push(zi);
    y.push(u < p);
  }
  return { z, y };
}

describe('calibration', () => {
  it('recovers the slope and offset of a known sigmoid', () => {
    const { z, y } = sample(4000);
    const platt = fitPlatt(z, y);
    expect(platt.a).toBeGreaterThan(1.7);
    expect(platt.a).toBeLessThan(2.3);
    expect(platt.b).toBeGreaterThan(-1.3);
    expect(platt.b).toBeLessThan(-0.7);
    expect(applyPlatt(platt, 0.5)).toBeCloseTo(0.5, 1);
  });

  it('leaves scores alone when one class is missing', () => {
    expect(fitPlatt([1, 2, 3], [false, false, false])).toEqual(IDENTITY_PLATT);
  });

  it('scores well-calibrated probabilities better than overconfident ones', () => {
    const { z, y } = sample(2000);
    const calibrated = z.map((zi) => applyPlatt({ a: 2, b: -1 }, zi));
    const overconfident = z.map((zi) => applyPlatt({ a: 8, b: -4 }, zi));
    expect(brierScore(calibrated, y)).toBeLessThan(brierScore(overconfident, y));
    expect(expectedCalibrationError(calibrated, y)).toBeLessThan(0.05);
    expect(expectedCalibrationError(overconfident, y)).toBeGreaterThan(expectedCalibrationError(calibrated, y));
  });

  it('measures the obvious cases exactly', () => {
    expect(brierScore([1, 0], [true, false])).toBe(0);
    expect(brierScore([0.5, 0.5], [true, false])).toBe(0.25);
    expect(expectedCalibrationError([0.9, 0.9], [false, false])).toBeCloseTo(0.9);
  });
});
