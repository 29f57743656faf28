import { CATEGORY_CODES, type CategoryCode } from '@ou-listening/shared';
import { IDENTITY_PLATT } from './calibration';
import {
  bestFThreshold,
  chooseParams,
  type CombinerParams,
  decide,
  HARMLESS_BUDGET,
  recallFirstThreshold,
  SECOND_LOOK_BUDGET,
  URGENT_HARMLESS_BUDGET,
  URGENT_MARGIN,
  type ValidationExample,
} from './combiner';

const logit = (p: number) => Math.log(p / (1 - p));

function logits(overrides: Partial<Record<CategoryCode, number>>): Record<CategoryCode, number> {
  const out = {} as Record<CategoryCode, number>;
  for (const c of CATEGORY_CODES) out[c] = logit(overrides[c] ?? 0.01);
  return out;
}

const params = Object.fromEntries(
  CATEGORY_CODES.map((c) => [
    c,
    { platt: IDENTITY_PLATT, threshold: 0.5, secondLook: c === 'safeguarding' || c === 'threat' ? 0.2 : null },
  ]),
) as CombinerParams;

const scored = (p: number, positive: boolean, harmless = !positive) => ({ p, positive, weight: 1, harmless });

describe('combiner', () => {
  it('returns the categories at or over their threshold, most likely first', () => {
    const decisions = decide(logits({ litigation: 0.9, disrepute: 0.6, confidential: 0.3 }), params);
    expect(decisions.map((d) => [d.category, d.secondLook])).toEqual([
      ['litigation', false],
      ['disrepute', false],
    ]);
    expect(decisions[0]!.probability).toBeCloseTo(0.9);
  });

  it('sends safeguarding and threat under the threshold but over the floor to a second look, never dropping them', () => {
    const decisions = decide(logits({ safeguarding: 0.3, threat: 0.1, disrepute: 0.3 }), params);
    expect(decisions).toEqual([{ category: 'safeguarding', probability: expect.closeTo(0.3, 5), secondLook: true }]);
  });

  it('picks the F-best threshold from the middle of its run', () => {
    const examples = [
      ...Array.from({ length: 10 }, () => scored(0.9, true)),
      ...Array.from({ length: 10 }, () => scored(0.2, false)),
    ];
    const t = bestFThreshold(examples, 1);
    expect(t).toBeGreaterThan(0.4);
    expect(t).toBeLessThan(0.7);
  });

  it('keeps within the budget of harmless posts flagged, even at some cost in recall', () => {
    const examples = [
      ...Array.from({ length: 20 }, () => scored(0.9, true)),
      ...Array.from({ length: 10 }, () => scored(0.4, true)),
      ...Array.from({ length: 5 }, () => scored(0.4, false)),
      ...Array.from({ length: 95 }, () => scored(0.05, false)),
    ];
    const t = bestFThreshold(examples, 1);
    expect(t).toBeGreaterThan(0.4);
    const flagged = examples.filter((e) => e.harmless && e.p >= t).length / 100;
    expect(flagged).toBeLessThanOrEqual(HARMLESS_BUDGET);
  });

  it('flags every validation positive of safeguarding and threat when that costs few false alarms', () => {
    const examples = [
      ...[0.9, 0.31, 0.6, 0.45].map((p) => scored(p, true)),
      ...Array.from({ length: 300 }, (_, i) => scored(0.01 + (i % 10) * 0.005, false)),
    ];
    const { threshold, secondLook } = recallFirstThreshold(examples);
    expect(examples.filter((e) => e.positive).every((e) => e.p >= threshold)).toBe(true);
    expect(examples.filter((e) => e.harmless && e.p >= threshold).length / 300).toBeLessThanOrEqual(
      URGENT_HARMLESS_BUDGET,
    );
    expect(secondLook).toBeLessThan(threshold);
  });

  it('keeps the red flag within its false-alarm budget and sends the hardest positives to a second look', () => {
    // 40 clear positives, 2 that score like the harmless posts around them.
    const examples = [
      ...Array.from({ length: 40 }, () => scored(0.8, true)),
      scored(0.12, true),
      scored(0.05, true),
      ...Array.from({ length: 200 }, (_, i) => scored(i < 10 ? 0.1 : 0.02, false)),
    ];
    const { threshold, secondLook } = recallFirstThreshold(examples);
    const harmlessAt = (t: number) => examples.filter((e) => e.harmless && e.p >= t).length / 200;
    expect(harmlessAt(threshold)).toBeLessThanOrEqual(URGENT_HARMLESS_BUDGET);
    expect(threshold).toBeLessThanOrEqual(0.8 * URGENT_MARGIN);
    // Between the floor and the threshold: the 0.12 and 0.05 positives, tagged for a second look.
    expect(secondLook).toBeLessThanOrEqual(0.05 * URGENT_MARGIN + 1e-9);
    expect(harmlessAt(secondLook)).toBeLessThanOrEqual(SECOND_LOOK_BUDGET);
    expect(secondLook).toBeLessThan(threshold);
  });

  it('never lets the second-look floor sweep in more harmless posts than its budget, even to reach every positive', () => {
    const examples = [
      ...Array.from({ length: 20 }, () => scored(0.9, true)),
      scored(0.01, true),
      ...Array.from({ length: 100 }, () => scored(0.03, false)),
    ];
    const { secondLook } = recallFirstThreshold(examples);
    expect(secondLook).toBeGreaterThan(0.03);
  });

  it('calibrates each category on validation before choosing its threshold', () => {
    const examples: ValidationExample[] = [];
    for (let i = 0; i < 200; i++) {
      const positive = i % 4 === 0;
      // Overconfident logits: positives at +6, negatives at -6, a few mixed up.
      const z = (positive ? 6 : -6) * (i % 23 === 0 ? -1 : 1);
      examples.push({ logits: { ...logits({}), litigation: z }, labels: positive ? ['litigation'] : [], weight: 1 });
    }
    const chosen = chooseParams(examples);
    expect(chosen.litigation.platt.a).toBeLessThan(1);
    expect(chosen.litigation.secondLook).toBeNull();
    expect(chosen.threat.secondLook).not.toBeNull();
  });
});
