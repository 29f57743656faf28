import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORY_CODES } from '@ou-listening/shared';
import { parseLabelledJsonl } from './corpus';
import { evaluate } from './metrics';
import { classifyWith, getModel } from './model';
import { findSealedDir, readSealedScores, scoreSealed } from './sealed-results';

const repoRoot = path.resolve(__dirname, '../../..');
const devSet = path.resolve(repoRoot, '../shared/eval/harm-dev.jsonl');

/**
 * The dev set predates the threat code and has no threat posts, so its macro-F1 over seven codes
 * swings on a single stray threat flag; the floor is on the six codes it labels. The Bayes model
 * it replaces scored 0.937 there: no regression allowed.
 */
const MACRO_F1_FLOOR = 0.937;

describe('held-out evaluation (harm-dev, never trained on)', () => {
  const run = existsSync(devSet) ? it : it.skip;
  if (!existsSync(devSet)) console.warn(`skipping harm-dev evaluation: ${devSet} not found`);

  run(`keeps macro-F1 over the dev set's six codes at or above ${MACRO_F1_FLOOR}`, () => {
    const posts = parseLabelledJsonl(readFileSync(devSet, 'utf8'), devSet);
    const model = getModel();
    const report = evaluate(
      posts.map((p) => ({
        expected: p.labels,
        predicted: classifyWith(model, p.text).categories.map((c) => c.category),
      })),
    );
    const labelled = CATEGORY_CODES.filter((c) => c !== 'threat');
    const macroSix = labelled.reduce((s, c) => s + report.categories[c].f1, 0) / labelled.length;
    expect(macroSix).toBeGreaterThanOrEqual(MACRO_F1_FLOOR);
    expect(report.categories.personal_data.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.categories.safeguarding.recall).toBe(1);
    expect(report.categories.threat.fp).toBeLessThanOrEqual(1);
    expect(report.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });
});

/**
 * The sealed sets as regression floors: totals only, never a post. The floors are the figures
 * `npm run eval:sealed` recorded for model lr-5 (eval/sealed/results.json), rounded towards the
 * worse side; a change that scores worse on posts nobody tuned against fails here. lr-5 is better
 * than lr-4 on macro-F1 (0.849 -> 0.858), harmless flagged (3.3% -> 2.2%) and personal data recall
 * (0.78 -> 0.84), and worse on safeguarding (0.921 -> 0.891, three posts) and threat recall
 * (0.890 -> 0.870, two posts): the floors below are lr-5's, so those two fell with it. They are
 * NOT issue 14's targets (macro-F1 0.88, personal data recall 0.95, safeguarding recall 1.0),
 * which the model does not yet meet.
 */
describe('sealed set (independent, totals only)', () => {
  const dir = findSealedDir();
  const run = dir ? it : it.skip;

  run('keeps the recorded sealed figures: macro-F1 at least 0.85, at most 2.5% of harmless posts flagged', () => {
    const model = getModel();
    const scored = scoreSealed((text) => classifyWith(model, text).categories.map((c) => c.category), dir);
    expect(scored?.posts).toBeGreaterThanOrEqual(600);
    const report = scored!.report;
    expect(report.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(report.falseAlarmRate).toBeLessThanOrEqual(0.025);
    expect(report.categories.personal_data.recall).toBeGreaterThanOrEqual(0.84);
    expect(report.categories.safeguarding.recall).toBeGreaterThanOrEqual(0.89);
    expect(report.categories.threat.recall).toBeGreaterThanOrEqual(0.87);
  });

  run('has figures recorded for the model in use', () => {
    expect(readSealedScores(dir)?.modelVersion).toBe(getModel().version);
  });
});
