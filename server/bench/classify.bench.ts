/**
 * npm run bench:classify
 *
 * Trains once (timed), then classifies 20,000 posts through the full pipeline (normalising,
 * recognizers, lexicons, features, model, calibration, evidence) and through the bare model alone
 * (logits of posts already turned into features), and prints posts/s for each (median of several
 * runs, one core) and their ratio. Beside each wall-clock rate, posts per second of the process's
 * own CPU time: on a machine shared with other work the wall clock counts time spent waiting for
 * a core, the CPU time much less so.
 */
import { loadavg } from 'node:os';
import { CATEGORY_CODES } from '@ou-listening/shared';
import { loadCorpus } from '../src/classify/corpus.js';
import { logits } from '../src/classify/logistic-regression.js';
import { classifyWith, trainModel } from '../src/classify/model.js';
import { analyse } from '../src/classify/pipeline.js';

const POSTS = 20_000;
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median posts per second over the runs, by the wall clock and by the process's CPU time. */
function perSecond<T>(items: readonly T[], fn: (item: T) => unknown): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const item of items) fn(item);
    const used = process.cpuUsage(cpuStarted);
    wall.push(items.length / ((performance.now() - started) / 1000));
    cpu.push(items.length / ((used.user + used.system) / 1e6));
  }
  return { wall: median(wall), cpu: median(cpu) };
}

function main(): void {
  const corpus = loadCorpus();
  const trainStarted = performance.now();
  const model = trainModel(corpus);
  const trainingMs = performance.now() - trainStarted;
  const texts = Array.from({ length: POSTS }, (_, i) => corpus.posts[i % corpus.posts.length]!.text);
  // Warm up the JIT and the stem cache so the first run is not an outlier.
  for (const text of texts.slice(0, 2000)) classifyWith(model, text);
  const full = perSecond(texts, (text) => classifyWith(model, text));
  const vectors = texts.map((text) => analyse(text).vector);
  const out = new Float64Array(CATEGORY_CODES.length);
  const bare = perSecond(vectors, (x) => logits(model.logistic, x, out));
  const lines = [
    `model ${model.version}: trained on ${model.trainingPosts} posts (${model.validationPosts} of them held out first to choose thresholds) in ${trainingMs.toFixed(0)} ms`,
    `full pipeline: ${full.wall.toFixed(0)} posts/s, ${full.cpu.toFixed(0)} per CPU-second  (${POSTS} posts, median of ${RUNS} runs, one core)`,
    `bare model:    ${bare.wall.toFixed(0)} posts/s, ${bare.cpu.toFixed(0)} per CPU-second  (the same posts' features already built; ${CATEGORY_CODES.length} one-vs-rest outputs)`,
    `ratio full/bare: ${(full.wall / bare.wall).toFixed(3)} (by CPU time ${(full.cpu / bare.cpu).toFixed(3)})`,
    `load average: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main();
