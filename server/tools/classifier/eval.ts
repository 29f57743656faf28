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
 * npm run eval -- --urgent-errors [--all]
 *   Every held-out writer's safeguarding or threat post the red flag missed and every harmless one
 *   flagged or sent to a second look, with scores (urgent-errors.ts). Corpus posts only.
 *
 * npm run eval:sealed
 *   The sealed test set (eval/sealed/), scored as aggregates only: macro-F1 over the seven codes,
 *   the share of harmless posts flagged, and each category's precision and recall; recorded in
 *   eval/sealed/results.json for the Classifier page. With the separate safeguarding set beside it,
 *   its safeguarding and threat recall and precision, and the ids and scores of flagged
 *   look-alikes. No post's text is printed, so nobody can tune on it. Run it once per model release.
 */
import { readFileSync } from 'node:fs';
import { CATEGORY_CODES } from '@ou-listening/shared';
import { brierScore, expectedCalibrationError } from '../../src/classify/calibration.js';
import { parseLabelledJsonl } from '../../src/classify/corpus.js';
import { evaluate, formatReport } from '../../src/classify/metrics.js';
import { classifyWith, getModel, probabilitiesOf, type TrainedModel } from '../../src/classify/model.js';
import { urgentErrorLines } from './urgent-errors.js';
import {
  findSealedDir,
  scoreSealed,
  SEALED_DIR,
  SEALED_MAIN,
  scoreSealedSafeguarding,
  writeSealedScores,
} from '../../src/classify/sealed-results.js';

const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function validationLines(model: TrainedModel): string[] {
  const { calibration } = model;
  return [
    `validation, all held-out posts (${model.validationPosts}):`,
    formatReport(model.validation),
    `validation, held-out posts in many voices (${model.validationVoices.posts}):`,
    formatReport(model.validationVoices),
    ...(['safeguarding', 'threat'] as const).map((c) => {
      const r = model.urgentReach[c];
      return `${c} on held-out voices: flagged ${pct(r.flagged)} of them, flagged or second look ${pct(r.flaggedOrSecondLook)}; harmless posts flagged ${pct(r.harmlessFlagged)}, sent to a second look ${pct(r.harmlessSecondLook)}`;
    }),
    `calibration on validation (Platt cross-fitted in halves): ECE ${f3(calibration.ece)}, Brier ${CATEGORY_CODES.map(
      (c) => `${c} ${f3(calibration.brier[c])}`,
    ).join(', ')}`,
  ];
}

/** Totals and per-category aggregates only: no post, no example. Records them for the Classifier page. */
function sealed(model: TrainedModel): string {
  const dir = findSealedDir();
  const scored = dir && scoreSealed((text) => classifyWith(model, text).categories.map((c) => c.category), dir);
  if (!dir || !scored) throw new Error(`${SEALED_DIR}/${SEALED_MAIN} not found`);
  const { report } = scored;
  writeSealedScores(dir, {
    modelVersion: model.version,
    measuredAt: new Date().toISOString(),
    posts: scored.posts,
    macroF1: report.macroF1,
    falseAlarmRate: report.falseAlarmRate,
    categories: CATEGORY_CODES.map((category) => {
      const m = report.categories[category];
      return { category, precision: m.precision, recall: m.recall, support: m.support };
    }),
  });
  const lines = [
    `sealed set (model ${model.version}, ${scored.posts} posts)`,
    `macro-F1 (seven codes): ${f3(report.macroF1)}`,
    `harmless posts flagged: ${pct(report.falseAlarmRate)}`,
    ...scored.files.map(
      (f) =>
        `  ${f.file} (${f.posts} posts): macro-F1 ${f3(f.report.macroF1)}, harmless flagged ${pct(f.report.falseAlarmRate)}`,
    ),
    ...CATEGORY_CODES.map((c) => {
      const m = report.categories[c];
      return `  ${c.padEnd(20)} precision ${f3(m.precision)}  recall ${f3(m.recall)}  (${m.support} posts)`;
    }),
  ];
  const urgent = sealedSafeguarding(model, dir);
  if (urgent.length > 0) lines.push('', ...urgent);
  return lines.join('\n');
}

/**
 * Issue 21's set of risk posts and harmless look-alikes: recall and precision of safeguarding and
 * threat, and every look-alike that was flagged, by id and score (never its text).
 */
function sealedSafeguarding(model: TrainedModel, dir: string): string[] {
  const scored = scoreSealedSafeguarding((text) => classifyWith(model, text), dir);
  if (!scored) return [];
  const lines = [`sealed safeguarding set (${scored.posts} posts)`];
  for (const [code, m] of Object.entries(scored.codes)) {
    lines.push(
      `  ${code.padEnd(13)} recall ${f3(m.recall)} (${m.flagged} of ${m.support})  precision ${f3(m.precision)}  flagged or second look ${m.reached} of ${m.support}`,
    );
  }
  lines.push(
    `  look-alikes flagged safeguarding or threat: ${scored.flaggedLookAlikes.length} of ${scored.lookAlikes}`,
  );
  lines.push(`  look-alikes sent to a second look: ${scored.lookAlikesSecondLooked} of ${scored.lookAlikes}`);
  for (const { id, flags } of scored.flaggedLookAlikes) {
    lines.push(`    ${id}: ${flags.map((c) => `${c.category} ${c.score.toFixed(2)}`).join(', ')}`);
  }
  return lines;
}

function main(): number {
  const args = process.argv.slice(2);
  if (args.includes('--sealed')) {
    process.stdout.write(sealed(getModel()) + '\n');
    return 0;
  }
  if (args.includes('--urgent-errors')) {
    process.stdout.write(urgentErrorLines(getModel(), args.includes('--all')).join('\n') + '\n');
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
