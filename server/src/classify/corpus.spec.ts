import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORY_CODES } from '@ou-listening/shared';
import { findCorpusDir, loadCorpus, parseLabelledJsonl, splitCorpus, VOICE_FILES, VOICES_DIR } from './corpus';

describe('training corpus', () => {
  const { posts } = loadCorpus();

  it('has at least 1,500 labelled posts, as many harmless ones, and every category', () => {
    const labelled = posts.filter((p) => p.labels.length > 0);
    const harmless = posts.filter((p) => p.labels.length === 0);
    expect(labelled.length).toBeGreaterThanOrEqual(1500);
    expect(harmless.length).toBeGreaterThanOrEqual(labelled.length);
    for (const c of CATEGORY_CODES) expect(posts.filter((p) => p.labels.includes(c)).length).toBeGreaterThan(200);
    expect(posts.some((p) => p.labels.length > 1)).toBe(true);
  });

  it('reads the posts in many voices beside the templates, threats among them', () => {
    const voices = posts.filter((p) => p.voice);
    expect(voices.length).toBeGreaterThanOrEqual(1600);
    expect(voices.every((p) => p.template === undefined)).toBe(true);
    expect(voices.filter((p) => p.labels.includes('threat')).length).toBeGreaterThan(100);
  });

  it('holds out whole templates for validation, and a fixed fifth of the voices', () => {
    const { train, validation } = splitCorpus(posts);
    const trainTemplates = new Set(train.flatMap((p) => (p.template ? [p.template] : [])));
    expect(validation.length).toBeGreaterThan(posts.length * 0.1);
    expect(validation.some((p) => p.template !== undefined && trainTemplates.has(p.template))).toBe(false);
    const heldVoices = validation.filter((p) => p.voice).length / posts.filter((p) => p.voice).length;
    expect(heldVoices).toBeGreaterThan(0.15);
    expect(heldVoices).toBeLessThan(0.25);
    // A named writer's posts sit on one side only: validation never shares a writer's habits with training.
    const trainWriters = new Set(train.flatMap((p) => (p.writer ? [p.writer] : [])));
    const heldWriters = new Set(validation.flatMap((p) => (p.writer ? [p.writer] : [])));
    expect(heldWriters.size).toBeGreaterThan(5);
    expect([...heldWriters].filter((w) => trainWriters.has(w))).toEqual([]);
    // Seeded by id: a post stays on its side when others are added.
    const again = splitCorpus(posts.filter((_, i) => i % 2 === 0)).validation.map((p) => p.id);
    expect(again.every((id) => validation.some((p) => p.id === id))).toBe(true);
  });

  it('shares no post with the held-out dev set', () => {
    const devSet = path.resolve(__dirname, '../../..', '../shared/eval/harm-dev.jsonl');
    if (!existsSync(devSet)) return;
    const dev = new Set(parseLabelledJsonl(readFileSync(devSet, 'utf8'), devSet).map((p) => p.text.toLowerCase()));
    expect(posts.filter((p) => dev.has(p.text.toLowerCase()))).toEqual([]);
  });

  it('is found from the compiled output folder as well as from the source tree', () => {
    const source = findCorpusDir();
    const fromDist = findCorpusDir(path.resolve(__dirname, '../../dist/server/src/classify'));
    expect(fromDist).toBe(source);
  });

  it('reads exactly the listed voice files, each present', () => {
    const dir = path.join(findCorpusDir(), VOICES_DIR);
    for (const file of VOICE_FILES) expect(existsSync(path.join(dir, file))).toBe(true);
    const listed = new Set(VOICE_FILES);
    const ids = new Set(posts.filter((p) => p.voice).map((p) => p.id));
    expect(ids.size).toBe(posts.filter((p) => p.voice).length);
    expect(listed.size).toBe(VOICE_FILES.length);
  });

  it('names the line of a malformed entry', () => {
    expect(() => parseLabelledJsonl('{"id":"a","text":"x","labels":[]}\nnot json', 'f.jsonl')).toThrow('f.jsonl:2');
    expect(() => parseLabelledJsonl('{"id":"a","text":"x","labels":["nope"]}', 'f.jsonl')).toThrow('f.jsonl:1');
  });
});
