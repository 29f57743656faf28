import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type CategoryCode, isCategoryCode } from '@ou-listening/shared';

export type LabelledPost = { id: string; text: string; labels: CategoryCode[]; template?: string };

/**
 * tsc does not copy .jsonl files into dist, so the corpus is read from the source tree: walk up
 * from this file (src/classify or dist/server/src/classify) until server/src/classify/corpus appears.
 */
export function findCorpusDir(from: string = __dirname, marker = 'harmful.jsonl'): string {
  // An explicit folder wins, for builds placed outside the source tree.
  if (process.env.CLASSIFIER_CORPUS_DIR) return path.resolve(process.env.CLASSIFIER_CORPUS_DIR);
  let dir = from;
  for (;;) {
    for (const candidate of [
      path.join(dir, 'corpus'),
      path.join(dir, 'server', 'src', 'classify', 'corpus'),
      path.join(dir, 'src', 'classify', 'corpus'),
    ]) {
      if (existsSync(path.join(candidate, marker))) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`classifier corpus not found above ${from}`);
    dir = parent;
  }
}

/** Parses labelled JSONL, naming the file and line of anything malformed. */
export function parseLabelledJsonl(content: string, source: string): LabelledPost[] {
  const posts: LabelledPost[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${source}:${i + 1}: not JSON`);
    }
    const v = value as { id?: unknown; text?: unknown; labels?: unknown; template?: unknown };
    if (typeof v.text !== 'string' || !Array.isArray(v.labels) || !v.labels.every(isCategoryCode)) {
      throw new Error(`${source}:${i + 1}: expected {"id","text","labels":[category…]}`);
    }
    posts.push({
      id: typeof v.id === 'string' ? v.id : String(v.id ?? i + 1),
      text: v.text,
      labels: v.labels,
      ...(typeof v.template === 'string' ? { template: v.template } : {}),
    });
  });
  return posts;
}

export type Corpus = { posts: LabelledPost[]; hash: string };

export function loadCorpus(dir: string = findCorpusDir()): Corpus {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const hash = createHash('sha256');
  const posts: LabelledPost[] = [];
  for (const file of files) {
    const content = readFileSync(path.join(dir, file), 'utf8');
    hash.update(file).update('\0').update(content);
    posts.push(...parseLabelledJsonl(content, file));
  }
  return { posts, hash: hash.digest('hex') };
}

/**
 * Validation holds out whole templates, not random posts: the thresholds must be chosen on
 * phrasings the model has never seen, or they would reward memorised templates.
 */
export function splitCorpus(
  posts: readonly LabelledPost[],
  validationShare = 0.2,
): { train: LabelledPost[]; validation: LabelledPost[] } {
  const train: LabelledPost[] = [];
  const validation: LabelledPost[] = [];
  const cut = Math.round(validationShare * 1000);
  for (const p of posts) {
    const key = p.template ?? p.id;
    const bucket = createHash('sha256').update(key).digest().readUInt16BE(0) % 1000;
    (bucket < cut ? validation : train).push(p);
  }
  return { train, validation };
}
