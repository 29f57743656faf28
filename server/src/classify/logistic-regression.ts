import type { SparseVector } from './features.js';

/**
 * One-vs-rest logistic regression over sparse features, trained with AdaGrad. No maintained sparse
 * logistic regression exists for JavaScript (ml-logistic-regression is dense and fits no intercept),
 * so this is a small one. Weights sit interleaved, feature-major (w[f * K + k]), so scoring a post
 * reads each feature's K weights from one place.
 *
 * Deterministic: the visiting order of each epoch is the documents sorted by a hash of (seed, epoch,
 * document key), so the same documents always give the same model, and adding a few documents moves
 * the others' order only where the new ones fall in.
 */
export type TrainingExample = {
  /** stable identity of the example for ordering (the post id) */
  key: string;
  x: SparseVector;
  /** one 0/1 label per output */
  y: Uint8Array;
  /** how much this example counts (posts written in many voices count more than templates) */
  weight: number;
};

/**
 * Features from `from` on that belong to one output only (a category's own rule scores): the other
 * outputs never weigh them, so "this reads like disrepute" cannot talk the safeguarding output out
 * of a risk to life. -1 marks a feature every output may use.
 */
export type FeatureOwners = { from: number; owners: Int8Array };

export type LogisticOptions = {
  epochs: number;
  learningRate: number;
  l2: number;
  /** extra weight on positive examples, per output: positives are rare in one-vs-rest */
  positiveWeight: number;
  /**
   * Weight of an output's negatives that are positive for another output (a post harmful for some
   * other reason), against 1 for a harmless post. Below 1, "this also reads like disrepute" counts
   * less against misconduct, so a post carrying two harms keeps both.
   */
  otherHarmWeight?: number;
  seed: number;
  /**
   * L2 for some outputs in place of `l2`, by output index. A stronger penalty on an output's n-gram
   * weights leaves its (unpenalised) rule features to carry more of the decision: for safeguarding
   * and threat that ranks paraphrases by means, place and intent rather than by everyday words.
   */
  outputL2?: Readonly<Record<number, number>>;
};

export const DEFAULT_LOGISTIC_OPTIONS: LogisticOptions = {
  epochs: 6,
  learningRate: 0.5,
  l2: 1e-3,
  // lr-8: 1 (lr-4 to lr-7 had 2). With twenty thousand posts in many voices the positives are no
  // longer rare enough to need it, and doubling them taught everyday words beside a risk too much.
  positiveWeight: 1,
  // lr-11: a post harmful for another reason counts half as much against an output as a harmless one.
  otherHarmWeight: 0.5,
  seed: 14,
};

export type LogisticModel = {
  outputs: number;
  dimension: number;
  weights: Float32Array;
  bias: Float64Array;
};

function orderKey(seed: number, epoch: number, key: string): number {
  let h = (0x811c9dc5 ^ seed ^ Math.imul(epoch + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** Prediction errors below this leave the example's weights alone for that output. */
const SETTLED = 0.001;

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function trainLogistic(
  examples: readonly TrainingExample[],
  outputs: number,
  dimension: number,
  options: LogisticOptions = DEFAULT_LOGISTIC_OPTIONS,
  owned?: FeatureOwners,
): LogisticModel {
  const K = outputs;
  const weights = new Float32Array(dimension * K);
  const squares = new Float32Array(dimension * K);
  const bias = new Float64Array(K);
  const biasSquares = new Float64Array(K);
  const eps = 1e-8;
  const z = new Float64Array(K);
  const g = new Float64Array(K);
  const { learningRate: lr, positiveWeight } = options;
  const otherHarm = options.otherHarmWeight ?? 1;
  // An output's negative carries some other output exactly when the example carries any output.
  const negativeWeight = (y: Uint8Array) => (y.includes(1) ? otherHarm : 1);
  const l2s = Float64Array.from({ length: K }, (_, k) => options.outputL2?.[k] ?? options.l2);
  // Start each bias at the weighted log-odds of its output: otherwise the common n-grams learn the
  // prior, and a post in unfamiliar words is scored as if it were positive.
  for (let k = 0; k < K; k++) {
    let pos = 0;
    let neg = 0;
    for (const e of examples) {
      if (e.y[k]) pos += e.weight * positiveWeight;
      else neg += e.weight * negativeWeight(e.y);
    }
    bias[k] = Math.log((pos + 1) / (neg + 1));
  }

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const order = examples
      .map((e, i) => ({ i, h: orderKey(options.seed, epoch, e.key), key: e.key }))
      .sort((a, b) => a.h - b.h || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
    for (const { i } of order) {
      const { x, y, weight } = examples[i]!;
      const negative = weight * negativeWeight(y);
      const { indices, values } = x;
      for (let k = 0; k < K; k++) z[k] = bias[k]!;
      for (let j = 0; j < indices.length; j++) {
        const base = indices[j]! * K;
        const v = values[j]!;
        for (let k = 0; k < K; k++) z[k] = z[k]! + weights[base + k]! * v;
      }
      for (let k = 0; k < K; k++) {
        const target = y[k]!;
        const w = target ? weight * positiveWeight : negative;
        const error = sigmoid(z[k]!) - target;
        // An output this example already fits to within a hair teaches nothing: skip its updates.
        g[k] = Math.abs(error) < SETTLED ? 0 : error * w;
        if (g[k] === 0) continue;
        biasSquares[k] = biasSquares[k]! + g[k]! * g[k]!;
        bias[k] = bias[k]! - (lr * g[k]!) / Math.sqrt(biasSquares[k]! + eps);
      }
      for (let j = 0; j < indices.length; j++) {
        const f = indices[j]!;
        const base = f * K;
        const v = values[j]!;
        const owner = owned && f >= owned.from ? owned.owners[f - owned.from]! : -1;
        for (let k = 0; k < K; k++) {
          if (g[k] === 0 || (owner >= 0 && owner !== k)) continue;
          const at = base + k;
          // L2 applied lazily, to the weights this example touches; the owned (rule) features are
          // few and dense, and are left free to carry their evidence.
          const grad = g[k]! * v + (owner >= 0 ? 0 : l2s[k]!) * weights[at]!;
          squares[at] = squares[at]! + grad * grad;
          weights[at] = weights[at]! - (lr * grad) / Math.sqrt(squares[at]! + eps);
        }
      }
    }
  }
  return { outputs: K, dimension, weights, bias };
}

/** The logit of every output for one post. */
export function logits(model: LogisticModel, x: SparseVector, out: Float64Array = new Float64Array(model.outputs)) {
  const K = model.outputs;
  const { weights, bias } = model;
  for (let k = 0; k < K; k++) out[k] = bias[k]!;
  const { indices, values } = x;
  for (let j = 0; j < indices.length; j++) {
    const base = indices[j]! * K;
    const v = values[j]!;
    for (let k = 0; k < K; k++) out[k] = out[k]! + weights[base + k]! * v;
  }
  return out;
}

/** What one feature adds to one output's logit for this post (its weight times its value). */
export function contribution(model: LogisticModel, feature: number, value: number, output: number): number {
  return model.weights[feature * model.outputs + output]! * value;
}

export { sigmoid };

/**
 * The mean of several models of the same shape: weights and biases averaged. Scoring with it equals
 * averaging the models' logits, at the cost of one model.
 */
export function averageModels(models: readonly LogisticModel[]): LogisticModel {
  const first = models[0];
  if (!first) throw new Error('averageModels needs at least one model');
  if (models.length === 1) return first;
  const weights = new Float32Array(first.weights.length);
  const bias = new Float64Array(first.outputs);
  for (const m of models) {
    if (m.outputs !== first.outputs || m.dimension !== first.dimension) throw new Error('models differ in shape');
    for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! + m.weights[i]! / models.length;
    for (let k = 0; k < bias.length; k++) bias[k] = bias[k]! + m.bias[k]! / models.length;
  }
  return { outputs: first.outputs, dimension: first.dimension, weights, bias };
}
