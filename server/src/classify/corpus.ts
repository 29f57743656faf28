import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type CategoryCode, isCategoryCode } from '@ou-listening/shared';

/**
 * `template`: the slot-filled phrasing a template-corpus post came from. `voice`: the post was
 * written as itself, in one of many voices (corpus/voices/), rather than filled from slots.
 */
export type LabelledPost = {
  id: string;
  text: string;
  labels: CategoryCode[];
  template?: string;
  voice?: boolean;
  /** who wrote it: the persona named in the file's "voice" field, where the file names one */
  writer?: string;
};

/** Posts written in many voices live here, beside the template corpus. */
export const VOICES_DIR = 'voices';

/**
 * The files of posts in many voices that train the model, listed so that adding one is a
 * deliberate change (a file being written is not read half-done, and every model version names
 * exactly what it learnt from). A listed file that is missing is an error.
 */
export const VOICE_FILES: readonly string[] = [
  'harmful.jsonl',
  'harmless.jsonl',
  'harmful-2.jsonl',
  'harmless-2.jsonl',
  'w2-harmful.jsonl',
  'w2-harmless.jsonl',
  'w3-harmful.jsonl',
  'w3-harmless.jsonl',
  'w4-harmful.jsonl',
  'w4-harmless.jsonl',
  'w5-harmful.jsonl',
  'w5-harmless.jsonl',
  'w6a-harmful.jsonl',
  'w6a-harmless.jsonl',
  'w6b-harmful.jsonl',
  'w6b-harmless.jsonl',
  'w6c-harmful.jsonl',
  'w6c-harmless.jsonl',
  'w6d-harmful.jsonl',
  'w6d-harmless.jsonl',
  'w6e-harmful.jsonl',
  'w6e-harmless.jsonl',
  'w7a-harmful.jsonl',
  'w7a-harmless.jsonl',
  'w7b-harmful.jsonl',
  'w7b-harmless.jsonl',
  'w7c-harmful.jsonl',
  'w7c-harmless.jsonl',
  'w7d-harmful.jsonl',
  'w7d-harmless.jsonl',
  'w7e-harmful.jsonl',
  'w7e-harmless.jsonl',
  'w7f-harmful.jsonl',
  'w7f-harmless.jsonl',
  'w8a-harmful.jsonl',
  'w8a-harmless.jsonl',
  'w8b-harmful.jsonl',
  'w8b-harmless.jsonl',
  'w8c-harmful.jsonl',
  'w8c-harmless.jsonl',
  'w8d-harmful.jsonl',
  'w8d-harmless.jsonl',
  'w8e-harmful.jsonl',
  'w8e-harmless.jsonl',
  'w9a-harmful.jsonl',
  'w9a-harmless.jsonl',
  'w9b-harmful.jsonl',
  'w9b-harmless.jsonl',
  'w9c-harmful.jsonl',
  'w9c-harmless.jsonl',
  'w9d-harmful.jsonl',
  'w9d-harmless.jsonl',
  'w9e-harmful.jsonl',
  'w9e-harmless.jsonl',
  'w10a-harmful.jsonl',
  'w10a-harmless.jsonl',
  'w10b-harmful.jsonl',
  'w10b-harmless.jsonl',
  'w10c-harmful.jsonl',
  'w10c-harmless.jsonl',
  'w10d-harmful.jsonl',
  'w10d-harmless.jsonl',
  'w10e-harmful.jsonl',
  'w10e-harmless.jsonl',
  'w11a-harmful.jsonl',
  'w11a-harmless.jsonl',
  'w11b-harmful.jsonl',
  'w11b-harmless.jsonl',
  'w11c-harmful.jsonl',
  'w11c-harmless.jsonl',
  'w11d-harmful.jsonl',
  'w11d-harmless.jsonl',
  'w11e-harmful.jsonl',
  'w11e-harmless.jsonl',
  'w12a-harmful.jsonl',
  'w12a-harmless.jsonl',
  'w12b-harmful.jsonl',
  'w12b-harmless.jsonl',
  'w12c-harmful.jsonl',
  'w12c-harmless.jsonl',
  'w12d-harmful.jsonl',
  'w12d-harmless.jsonl',
  'w12e-harmful.jsonl',
  'w12e-harmless.jsonl',
  'w13a-harmful.jsonl',
  'w13a-harmless.jsonl',
  'w13b-harmful.jsonl',
  'w13b-harmless.jsonl',
  'w13c-harmful.jsonl',
  'w13c-harmless.jsonl',
  'w13d-harmful.jsonl',
  'w13d-harmless.jsonl',
  'w13e-harmful.jsonl',
  'w13e-harmless.jsonl',
  'w13f-harmful.jsonl',
  'w13f-harmless.jsonl',
  'w14a-harmful.jsonl',
  'w14a-harmless.jsonl',
  'w14b-harmful.jsonl',
  'w14b-harmless.jsonl',
  'w14c-harmful.jsonl',
  'w14c-harmless.jsonl',
  'w14d-harmful.jsonl',
  'w14d-harmless.jsonl',
  'w14e-harmful.jsonl',
  'w14e-harmless.jsonl',
  // Not read: w18a and w18b (640 posts in 177 voices: safeguarding and threats in paraphrase with
  // their look-alikes, and an ordinary fortnight of OU posts), written in session 22 by two writers
  // who saw nothing else. Read as tests first (lr-18 and the lr-19 candidate), then as training
  // data: they moved held-out writers by noise only and raised false alarms on the testers' posts
  // (docs/classifier-history.md), so they wait too.
  // Not read: w17a (640 posts in 50 voices: third parties' health and criminal records told in words,
  // paraphrased threats and risk, and 420 look-alikes such as notices, job adverts and dark humour),
  // written after lr-18 from two outside testers' findings. The lr-19 candidate (w17a-harmful and
  // lexicon fixes) scored better on held-out writers' personal data and on the testers' posts but
  // worse on the sealed sets, so it was not released (docs/classifier-history.md).
  // Not read: the fifteenth and sixteenth batches (w15a–w16e, in this folder). lr-13 (with the
  // fifteenth) and lr-14 (with both, and personal data's threshold budget at 1%) scored better on
  // held-out writers and dev but worse on the sealed sets than lr-12 (README, Classifier), so neither
  // was released; the batches wait for the next release to be weighed again.
];

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
    const v = value as { id?: unknown; text?: unknown; labels?: unknown; template?: unknown; voice?: unknown };
    if (typeof v.text !== 'string' || !Array.isArray(v.labels) || !v.labels.every(isCategoryCode)) {
      throw new Error(`${source}:${i + 1}: expected {"id","text","labels":[category…]}`);
    }
    posts.push({
      id: typeof v.id === 'string' ? v.id : String(v.id ?? i + 1),
      text: v.text,
      labels: v.labels,
      ...(typeof v.template === 'string' ? { template: v.template } : {}),
      ...(typeof v.voice === 'string' && v.voice.trim() !== '' ? { writer: v.voice.trim().toLowerCase() } : {}),
    });
  });
  return posts;
}

export type Corpus = { posts: LabelledPost[]; hash: string };

/** The template corpus (corpus/*.jsonl) and the posts in many voices (corpus/voices/*.jsonl). */
export function loadCorpus(dir: string = findCorpusDir()): Corpus {
  const hash = createHash('sha256');
  const posts: LabelledPost[] = [];
  const read = (folder: string, voice: boolean) => {
    if (!existsSync(folder)) return;
    const files = voice
      ? [...VOICE_FILES]
      : readdirSync(folder)
          .filter((f) => f.endsWith('.jsonl'))
          .sort();
    for (const file of files) {
      const content = readFileSync(path.join(folder, file), 'utf8');
      const name = voice ? `${VOICES_DIR}/${file}` : file;
      hash.update(name).update('\0').update(content);
      const parsed = parseLabelledJsonl(content, name);
      posts.push(...(voice ? parsed.map((p) => ({ ...p, voice: true })) : parsed));
    }
  };
  read(dir, false);
  read(path.join(dir, VOICES_DIR), true);
  return { posts, hash: hash.digest('hex') };
}

const SPLIT_SEED = 'ou-listening-split-1';

/**
 * Validation holds out whole templates and whole writers, not random posts: the thresholds must be
 * chosen on phrasings and habits the model has never seen, or they would reward memorised ones.
 * A post in many voices whose file names its writer (persona) goes wherever that writer goes;
 * one without is split at random (seeded by its id, so a post never changes side when others
 * are added).
 */
export function splitCorpus(
  posts: readonly LabelledPost[],
  validationShare = 0.2,
): { train: LabelledPost[]; validation: LabelledPost[] } {
  const train: LabelledPost[] = [];
  const validation: LabelledPost[] = [];
  const cut = Math.round(validationShare * 1000);
  for (const p of posts) {
    const key = p.template ?? (p.writer !== undefined ? `${SPLIT_SEED}:writer:${p.writer}` : `${SPLIT_SEED}:${p.id}`);
    const bucket = createHash('sha256').update(key).digest().readUInt16BE(0) % 1000;
    (bucket < cut ? validation : train).push(p);
  }
  return { train, validation };
}
