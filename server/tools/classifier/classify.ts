/**
 * npm run classify -- [in.jsonl]
 *
 * Reads {"id","text"} lines (stdin when no file) and writes one
 * {"id","categories":[{"category","score","policyRef","evidence"}]} line per input, in order.
 * A line that is not JSON, or has no string "text", is reported on stderr with its line number
 * and skipped; the rest still run, and the exit code is 1 if any line was bad. Blank lines are ignored.
 */
import { classifyWith, getModel } from '../../src/classify/model.js';
import { readLines } from './jsonl.js';

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const model = getModel();
  let bad = 0;
  for await (const { line, text } of readLines(file)) {
    if (text.trim() === '') continue;
    let input: { id?: unknown; text?: unknown };
    try {
      input = JSON.parse(text) as { id?: unknown; text?: unknown };
    } catch {
      bad++;
      process.stderr.write(`line ${line}: not valid JSON, skipped\n`);
      continue;
    }
    if (input === null || typeof input !== 'object' || typeof input.text !== 'string') {
      bad++;
      process.stderr.write(`line ${line}: expected an object with a string "text", skipped\n`);
      continue;
    }
    const { categories } = classifyWith(model, input.text);
    process.stdout.write(JSON.stringify({ id: input.id ?? null, categories }) + '\n');
  }
  return bad > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`classify: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
