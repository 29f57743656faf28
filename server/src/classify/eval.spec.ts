import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseLabelledJsonl } from './corpus';
import { evaluate } from './metrics';
import { classifyWith, getModel } from './model';

const repoRoot = path.resolve(__dirname, '../../..');
const devSet = path.resolve(repoRoot, '../shared/eval/harm-dev.jsonl');

// Measured 0.937 with the committed corpus; the floor leaves room for small corpus changes, not for regressions.
const MACRO_F1_FLOOR = 0.88;

describe('held-out evaluation (harm-dev, never trained on)', () => {
  const run = existsSync(devSet) ? it : it.skip;
  if (!existsSync(devSet)) console.warn(`skipping harm-dev evaluation: ${devSet} not found`);

  run(`keeps macro-F1 above ${MACRO_F1_FLOOR}`, () => {
    const posts = parseLabelledJsonl(readFileSync(devSet, 'utf8'), devSet);
    const model = getModel();
    const report = evaluate(
      posts.map((p) => ({
        expected: p.labels,
        predicted: classifyWith(model, p.text).categories.map((c) => c.category),
      })),
    );
    expect(report.macroF1).toBeGreaterThan(MACRO_F1_FLOOR);
    expect(report.categories.personal_data.recall).toBeGreaterThanOrEqual(0.95);
    // The quality bar: every safeguarding post found, at most 5% of harmless posts flagged.
    expect(report.categories.safeguarding.recall).toBe(1);
    expect(report.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });
});
