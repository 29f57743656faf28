import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Lines of a file, or of stdin when no file is named, with 1-based line numbers. */
export async function* readLines(file: string | undefined): AsyncGenerator<{ line: number; text: string }> {
  const input = file ? createReadStream(file, 'utf8') : process.stdin;
  const rl = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    yield { line, text };
  }
}
