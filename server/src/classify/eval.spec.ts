import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORY_CODES } from '@ou-listening/shared';
import { parseLabelledJsonl } from './corpus';
import { evaluate } from './metrics';
import { classifyWith, getModel } from './model';

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
