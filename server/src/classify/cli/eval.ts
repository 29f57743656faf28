/**
 * npm run eval -- file.jsonl [--json]
 *
 * Classifies {"id","text","labels":[...]} lines and prints precision, recall and F1 per category
 * and the macro-F1; with --json, one JSON object instead of the table.
 */
import { readFileSync } from 'node:fs';
import { parseLabelledJsonl } from '../corpus.js';
import { evaluate, formatReport } from '../metrics.js';
import { classifyWith, getModel } from '../model.js';

function main(): number {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: npm run eval -- file.jsonl [--json]\n');
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
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify({ file, modelVersion: model.version, ...report }) + '\n');
  } else {
    process.stdout.write(`${file}  (model ${model.version})\n${formatReport(report)}\n`);
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
