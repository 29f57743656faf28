import { CATEGORY_CODES, type CategoryCode } from '@ou-listening/shared';
import { IDENTITY_PLATT } from './calibration';
import {
  bestFThreshold,
  chooseParams,
  type CombinerParams,
  decide,
  HARMLESS_BUDGET,
  NEAR_THRESHOLD_SHARE,
  nearThresholdFloor,
  recallFirstThreshold,
  SECOND_LOOK_BUDGET,
  sentenceBar,
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
    {
      platt: IDENTITY_PLATT,
      threshold: 0.5,
      secondLook: c === 'safeguarding' || c === 'threat' ? 0.2 : c === 'litigation' ? 0.4 : null,
    },
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

  it('sends another category just under its threshold to a second look, and nothing under its floor', () => {
    const decisions = decide(logits({ litigation: 0.45, disrepute: 0.45, confidential: 0.3 }), params);
    expect(decisions).toEqual([{ category: 'litigation', probability: expect.closeTo(0.45, 5), secondLook: true }]);
    expect(decide(logits({ litigation: 0.39 }), params)).toEqual([]);
  });

  it("keeps the other categories' second-look band within its harmless budget, and near the threshold", () => {
    // 100 harmless posts spread from 0.01 to 1.00, a threshold of 0.6: 40 harmless posts already flagged.
    const examples = Array.from({ length: 100 }, (_, i) => scored((i + 1) / 100, false));
    const floor = nearThresholdFloor(examples, 0.6, 0.05)!;
    const inBand = examples.filter((s) => s.p >= floor && s.p < 0.6).length;
    expect(inBand).toBeLessThanOrEqual(5);
    expect(inBand).toBeGreaterThanOrEqual(4);
    // A generous budget still stops at a share of the threshold: far below it the model is sure.
    expect(nearThresholdFloor(examples, 0.6, 0.9)).toBeCloseTo(0.6 * NEAR_THRESHOLD_SHARE, 3);
    // A threshold at the bottom of the scale leaves no band at all.
    expect(nearThresholdFloor([scored(0.001, false)], 0.002, 0.01)).toBeNull();
  });

  it("flags a long post by one sentence only at the sentence bar, with that sentence's score", () => {
    const withBar = { ...params, litigation: { ...params.litigation, sentence: 0.9 } };
    const post = logits({ litigation: 0.1 });
    expect(decide(post, withBar, logits({ litigation: 0.95 }))).toEqual([
      { category: 'litigation', probability: expect.closeTo(0.95, 5), secondLook: false, bySentence: true },
    ]);
    // Under the bar the sentence adds nothing, and without a bar (or a sentence score) it is never read.
    expect(decide(post, withBar, logits({ litigation: 0.85 }))).toEqual([]);
    expect(decide(post, params, logits({ litigation: 0.99 }))).toEqual([]);
    expect(decide(post, withBar)).toEqual([]);
  });

  it('sets the sentence bar over every harmless sentence within budget, and never under the threshold', () => {
    const examples = [
      ...Array.from({ length: 998 }, () => scored(0, false)),
      scored(0.7, false),
      scored(0.8, false),
      scored(0.95, true),
    ];
    expect(sentenceBar(examples, 0.4, 0)).toBeCloseTo(0.801, 3);
    expect(sentenceBar(examples, 0.4, 0.001)).toBeCloseTo(0.701, 3);
    expect(sentenceBar(examples, 0.9, 0.01)).toBe(0.9);
    expect(sentenceBar([scored(1, false)], 0.4, 0)).toBeNull();
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
    // Every category has a second-look floor under its threshold, or none.
    for (const c of CATEGORY_CODES) {
      const floor = chosen[c].secondLook;
      if (floor !== null) expect(floor).toBeLessThan(chosen[c].threshold);
    }
    expect(chosen.threat.secondLook).not.toBeNull();
  });
});
