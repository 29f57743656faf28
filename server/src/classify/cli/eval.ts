/**
 * npm run eval -- file.jsonl [--json]
 *   Classifies {"id","text","labels":[...]} lines and prints precision, recall and F1 per category,
 *   the macro-F1, the share of harmless posts flagged, how well the scores are calibrated on the
 *   file (Brier score per category, expected calibration error) and the model's own validation
 *   figures beside them. With --json, one JSON object instead of the table.
 *
 * npm run eval -- --validation
 *   The model's figures on the corpus's held-out split (all of it, and the posts in many voices).
 *
 * npm run eval:sealed
 *   The sealed test set (eval/sealed/), scored as totals only: macro-F1 over the seven codes, the
 *   share of harmless posts flagged, and the recall of safeguarding and of threat. Nothing about a
 *   single post or category is printed, so nobody can tune on it. Run it once per model release.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORY_CODES } from '@ou-listening/shared';
import { brierScore, expectedCalibrationError } from '../calibration.js';
import { parseLabelledJsonl } from '../corpus.js';
import { evaluate, formatReport } from '../metrics.js';
import { classifyWith, getModel, probabilitiesOf, type TrainedModel } from '../model.js';

const SEALED_FILE = path.join('eval', 'sealed', 'sealed-v1.jsonl');

function findSealed(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, SEALED_FILE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${SEALED_FILE} not found above ${from}`);
  }
}

const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function validationLines(model: TrainedModel): string[] {
  const { calibration } = model;
  return [
    `validation, all held-out posts (${model.validationPosts}):`,
    formatReport(model.validation),
    `validation, held-out posts in many voices (${model.validationVoices.posts}):`,
    formatReport(model.validationVoices),
    `calibration on validation (Platt cross-fitted in halves): ECE ${f3(calibration.ece)}, Brier ${CATEGORY_CODES.map(
      (c) => `${c} ${f3(calibration.brier[c])}`,
    ).join(', ')}`,
  ];
}

/** Totals only: no post, no category table, no example. */
function sealed(model: TrainedModel): string {
  const file = findSealed();
  const posts = parseLabelledJsonl(readFileSync(file, 'utf8'), SEALED_FILE);
  const report = evaluate(
    posts.map((p) => ({
      expected: p.labels,
      predicted: classifyWith(model, p.text).categories.map((c) => c.category),
    })),
  );
  return [
    `sealed set (model ${model.version})`,
    `macro-F1 (seven codes): ${f3(report.macroF1)}`,
    `harmless posts flagged: ${pct(report.falseAlarmRate)}`,
    `safeguarding recall: ${f3(report.categories.safeguarding.recall)}`,
    `threat recall: ${f3(report.categories.threat.recall)}`,
  ].join('\n');
}

function main(): number {
  const args = process.argv.slice(2);
  if (args.includes('--sealed')) {
    process.stdout.write(sealed(getModel()) + '\n');
    return 0;
  }
  if (args.includes('--validation')) {
    const model = getModel();
    process.stdout.write(`model ${model.version}\n${validationLines(model).join('\n')}\n`);
    return 0;
  }
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: npm run eval -- file.jsonl [--json] | --validation   (npm run eval:sealed)\n');
    return 2;
  }
  const posts = parseLabelledJsonl(readFileSync(file, 'utf8'), file);
  const model = getModel();
  const report = evaluate(
    posts.map((p) => ({
      expected: p.labels,
      predicted: classifyWith(model, p.text).categories.map((c) => c.category),
    })),
  );
  const probabilities = posts.map((p) => probabilitiesOf(model, p.text));
  const brier = Object.fromEntries(
    CATEGORY_CODES.map((c) => [
      c,
      brierScore(
        probabilities.map((p) => p[c]),
        posts.map((p) => p.labels.includes(c)),
      ),
    ]),
  );
  const ece = expectedCalibrationError(
    CATEGORY_CODES.flatMap((c) => probabilities.map((p) => p[c])),
    CATEGORY_CODES.flatMap((c) => posts.map((p) => p.labels.includes(c))),
  );
  if (args.includes('--json')) {
    process.stdout.write(
      JSON.stringify({ file, modelVersion: model.version, ...report, calibration: { brier, ece } }) + '\n',
    );
    return 0;
  }
  process.stdout.write(
    [
      `${file}  (model ${model.version})`,
      formatReport(report),
      `calibration on this file: ECE ${f3(ece)}, Brier ${CATEGORY_CODES.map((c) => `${c} ${f3(brier[c]!)}`).join(', ')}`,
      '',
      ...validationLines(model),
    ].join('\n') + '\n',
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
