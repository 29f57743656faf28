import type { SparseVector } from './features';
import {
  averageModels,
  DEFAULT_LOGISTIC_OPTIONS,
  logits,
  sigmoid,
  trainLogistic,
  type TrainingExample,
} from './logistic-regression';

const vec = (entries: Array<[number, number]>): SparseVector => ({
  indices: Int32Array.from(entries.map(([i]) => i)),
  values: Float32Array.from(entries.map(([, v]) => v)),
});

/** Output 0 fires on feature 1, output 1 on feature 2; feature 0 is on everywhere. */
function toyExamples(): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (let i = 0; i < 60; i++) {
    const a = i % 3 === 0;
    const b = i % 4 === 0;
    const features: Array<[number, number]> = [[0, 1]];
    if (a) features.push([1, 1]);
    if (b) features.push([2, 1]);
    features.push([10 + (i % 7), 0.5]);
    out.push({ key: `toy-${i}`, x: vec(features), y: Uint8Array.from([a ? 1 : 0, b ? 1 : 0]), weight: 1 });
  }
  return out;
}

describe('one-vs-rest logistic regression', () => {
  it('learns each output from its own features', () => {
    const model = trainLogistic(toyExamples(), 2, 20);
    const p = (x: SparseVector) => Array.from(logits(model, x)).map(sigmoid);
    const [onlyA, onlyB, neither] = [
      p(
        vec([
          [0, 1],
          [1, 1],
        ]),
      ),
      p(
        vec([
          [0, 1],
          [2, 1],
        ]),
      ),
      p(vec([[0, 1]])),
    ];
    expect(onlyA[0]).toBeGreaterThan(0.8);
    expect(onlyA[1]).toBeLessThan(0.3);
    expect(onlyB[1]).toBeGreaterThan(0.8);
    expect(onlyB[0]).toBeLessThan(0.3);
    expect(neither[0]).toBeLessThan(0.3);
    expect(neither[1]).toBeLessThan(0.3);
  });

  it('counts a post harmful for another reason less against an output than a harmless post', () => {
    // Feature 5 comes with output 1 in a few posts and, far more often, in posts that carry output 0
    // only: with full weight those teach output 1 that feature 5 means "not this".
    const examples: TrainingExample[] = [];
    for (let i = 0; i < 80; i++) {
      const one = i % 10 === 0;
      const zero = !one && i % 2 === 0;
      const features: Array<[number, number]> = [[0, 1]];
      if (one || zero) features.push([5, 1]);
      if (zero) features.push([1, 1]);
      examples.push({ key: `mix-${i}`, x: vec(features), y: Uint8Array.from([zero ? 1 : 0, one ? 1 : 0]), weight: 1 });
    }
    const options = { ...DEFAULT_LOGISTIC_OPTIONS, epochs: 20 };
    const full = trainLogistic(examples, 2, 20, { ...options, otherHarmWeight: 1 });
    const less = trainLogistic(examples, 2, 20, { ...options, otherHarmWeight: 0.25 });
    const both = vec([
      [0, 1],
      [5, 1],
      [1, 1],
    ]);
    // A post with output 0's own feature as well: output 1 keeps more of its score when output 0's
    // positives count less against it.
    expect(logits(less, both)[1]!).toBeGreaterThan(logits(full, both)[1]! + 0.5);
    // Output 0 itself is learnt as before.
    expect(sigmoid(logits(less, both)[0]!)).toBeGreaterThan(0.8);
  });

  it('gives the same weights for the same examples, whatever order they come in', () => {
    const examples = toyExamples();
    const a = trainLogistic(examples, 2, 20);
    const b = trainLogistic([...examples].reverse(), 2, 20);
    expect(Array.from(b.weights)).toEqual(Array.from(a.weights));
    expect(Array.from(b.bias)).toEqual(Array.from(a.bias));
  });

  it('changes with the seed', () => {
    const a = trainLogistic(toyExamples(), 2, 20);
    const b = trainLogistic(toyExamples(), 2, 20, { ...DEFAULT_LOGISTIC_OPTIONS, seed: 99 });
    expect(Array.from(b.weights)).not.toEqual(Array.from(a.weights));
  });

  it('lets only the owning output weigh an owned feature', () => {
    // Feature 1 predicts output 0 but belongs to output 1: output 0 must not use it.
    const owned = {
      from: 1,
      owners: Int8Array.from([1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]),
    };
    const model = trainLogistic(toyExamples(), 2, 20, DEFAULT_LOGISTIC_OPTIONS, owned);
    expect(model.weights[1 * 2 + 0]).toBe(0);
    expect(model.weights[2 * 2 + 1]).toBeGreaterThan(0);
  });

  it('starts from the prior, so a post with no known feature scores low', () => {
    const model = trainLogistic(toyExamples(), 2, 20);
    const unseen = Array.from(logits(model, vec([[19, 1]]))).map(sigmoid);
    expect(unseen[0]).toBeLessThan(0.5);
    expect(unseen[1]).toBeLessThan(0.5);
  });

  it('shrinks the n-gram weights of an output given a stronger L2, and leaves the other output as it was', () => {
    const plain = trainLogistic(toyExamples(), 2, 20);
    const strong = trainLogistic(toyExamples(), 2, 20, { ...DEFAULT_LOGISTIC_OPTIONS, outputL2: { 0: 0.5 } });
    expect(Math.abs(strong.weights[1 * 2 + 0]!)).toBeLessThan(Math.abs(plain.weights[1 * 2 + 0]!));
    for (let f = 0; f < 20; f++) expect(strong.weights[f * 2 + 1]).toBe(plain.weights[f * 2 + 1]);
  });

  it('averages models into one whose logits are the mean of theirs', () => {
    const a = trainLogistic(toyExamples(), 2, 20);
    const b = trainLogistic(toyExamples(), 2, 20, { ...DEFAULT_LOGISTIC_OPTIONS, seed: 99 });
    const mean = averageModels([a, b]);
    const x = vec([
      [0, 1],
      [1, 1],
      [12, 0.5],
    ]);
    const [za, zb, zm] = [logits(a, x), logits(b, x), logits(mean, x)];
    for (let k = 0; k < 2; k++) expect(zm[k]).toBeCloseTo((za[k]! + zb[k]!) / 2, 5);
    expect(averageModels([a])).toBe(a);
  });
});
