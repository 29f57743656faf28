/**
 * npm run bench:classify
 *
 * Trains once (timed), then classifies 20,000 posts through the full pipeline and through the
 * bare natural BayesClassifiers alone (one per category, natural's own tokenising), and prints
 * posts/s for each (median of several runs) and their ratio.
 */
import { loadCorpus } from '../corpus.js';
import { classifyWith, trainModel } from '../model.js';

const POSTS = 20_000;
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function postsPerSecond(texts: readonly string[], fn: (text: string) => unknown): number {
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    for (const text of texts) fn(text);
    rates.push(texts.length / ((performance.now() - started) / 1000));
  }
  return median(rates);
}

function main(): void {
  const corpus = loadCorpus();
  const trainStarted = performance.now();
  const model = trainModel(corpus);
  const trainingMs = performance.now() - trainStarted;
  const texts = Array.from({ length: POSTS }, (_, i) => corpus.posts[i % corpus.posts.length]!.text);
  // Warm up the JIT and the stem cache so the first run is not an outlier.
  for (const text of texts.slice(0, 2000)) classifyWith(model, text);
  const full = postsPerSecond(texts, (text) => classifyWith(model, text));
  const bare = postsPerSecond(texts, (text) => {
    for (const m of model.bayes.categories) m.classifier.getClassifications(text);
  });
  const lines = [
    `model ${model.version}: trained on ${model.trainingPosts} posts (+${model.validationPosts} validation) in ${trainingMs.toFixed(0)} ms`,
    `full pipeline:        ${full.toFixed(0)} posts/s  (${POSTS} posts, median of ${RUNS} runs, one core)`,
    `bare BayesClassifier: ${bare.toFixed(0)} posts/s  (same posts, ${model.bayes.categories.length} one-vs-rest classifiers)`,
    `ratio full/bare:      ${(full / bare).toFixed(2)}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main();
