import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CategoryCode, isCategoryCode, type SealedScores } from '@ou-listening/shared';
import { parseLabelledJsonl } from './corpus.js';
import { type EvalReport, evaluate } from './metrics.js';

/** The sealed sets and the figures of their last scoring, at the repository's root (eval/sealed/). */
export const SEALED_DIR = path.join('eval', 'sealed');
export const SEALED_MAIN = 'sealed-v1.jsonl';
/**
 * The main sealed set: every file here, each written independently of the training data and of
 * each other (v1 before the logistic model, v2 before the voices-corpus model), scored together.
 */
export const SEALED_MAIN_FILES: readonly string[] = [SEALED_MAIN, 'sealed-v2.jsonl'];
/** Issue 21's separate set: risk posts and harmless look-alikes, written independently. */
export const SEALED_SAFEGUARDING = 'sealed-safeguarding-v1.jsonl';
export const SEALED_RESULTS = 'results.json';

/** eval/sealed above `from` (src/classify or dist/server/src/classify), or undefined in a build without it. */
export function findSealedDir(from: string = __dirname): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, SEALED_DIR);
    if (existsSync(path.join(candidate, SEALED_MAIN))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function isSealedScores(v: unknown): v is SealedScores {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<SealedScores>;
  return (
    typeof s.modelVersion === 'string' &&
    typeof s.measuredAt === 'string' &&
    typeof s.posts === 'number' &&
    typeof s.macroF1 === 'number' &&
    typeof s.falseAlarmRate === 'number' &&
    Array.isArray(s.categories) &&
    s.categories.every((c) => isCategoryCode(c.category) && typeof c.precision === 'number')
  );
}

/** The figures `npm run eval:sealed` last recorded; undefined when never run or unreadable. */
export function readSealedScores(dir: string | undefined = findSealedDir()): SealedScores | undefined {
  if (!dir) return undefined;
  const file = path.join(dir, SEALED_RESULTS);
  if (!existsSync(file)) return undefined;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isSealedScores(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function writeSealedScores(dir: string, scores: SealedScores): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, SEALED_RESULTS), JSON.stringify(scores, null, 2) + '\n');
}

/** The main sealed set's scores: all files together and each file alone. */
export type SealedScoring = {
  posts: number;
  macroF1: number;
  falseAlarmRate: number;
  report: EvalReport;
  files: Array<{ file: string; posts: number; report: EvalReport }>;
};

/**
 * The main sealed set scored for a classifier, or undefined where the sealed files are not shipped
 * (a production image without eval/). Aggregates only: used to judge a retrained model and by
 * `npm run eval:sealed`, never shown post by post.
 */
export function scoreSealed(
  classify: (text: string) => CategoryCode[],
  dir: string | undefined = findSealedDir(),
): SealedScoring | undefined {
  if (!dir) return undefined;
  const files = SEALED_MAIN_FILES.filter((f) => existsSync(path.join(dir, f))).map((file) => {
    const pairs = parseLabelledJsonl(readFileSync(path.join(dir, file), 'utf8'), file).map((p) => ({
      expected: p.labels,
      predicted: classify(p.text),
    }));
    return { file, pairs };
  });
  const pairs = files.flatMap((f) => f.pairs);
  if (pairs.length === 0) return undefined;
  const report = evaluate(pairs);
  return {
    posts: pairs.length,
    macroF1: report.macroF1,
    falseAlarmRate: report.falseAlarmRate,
    report,
    files: files.map((f) => ({ file: f.file, posts: f.pairs.length, report: evaluate(f.pairs) })),
  };
}

/** What the safeguarding set needs of a classification: its flags and its second-look categories. */
export type UrgentReading = {
  categories: ReadonlyArray<{ category: CategoryCode; score: number }>;
  secondLook: ReadonlyArray<{ category: CategoryCode }>;
};

const URGENT_CODES = ['safeguarding', 'threat'] as const;
type UrgentCode = (typeof URGENT_CODES)[number];
const isUrgent = (code: CategoryCode): boolean => (URGENT_CODES as readonly CategoryCode[]).includes(code);

/** Issue 21's figures for one code: recall at the flag, precision, and risk posts flagged or sent to a second look. */
export type UrgentCodeScore = { recall: number; precision: number; flagged: number; reached: number; support: number };

export type SafeguardingSetScoring = {
  posts: number;
  codes: Record<UrgentCode, UrgentCodeScore>;
  lookAlikes: number;
  /** look-alikes flagged safeguarding or threat, by id and score: never their text */
  flaggedLookAlikes: Array<{ id: string; flags: Array<{ category: CategoryCode; score: number }> }>;
  lookAlikesSecondLooked: number;
};

/**
 * The safeguarding set (issue 21) scored for a classifier, or undefined where it is not shipped.
 * Totals, and the ids of flagged look-alikes; used by `npm run eval:sealed` and eval.spec's floors.
 */
export function scoreSealedSafeguarding(
  classify: (text: string) => UrgentReading,
  dir: string | undefined = findSealedDir(),
): SafeguardingSetScoring | undefined {
  const file = dir && path.join(dir, SEALED_SAFEGUARDING);
  if (!file || !existsSync(file)) return undefined;
  const results = parseLabelledJsonl(readFileSync(file, 'utf8'), SEALED_SAFEGUARDING).map((post) => ({
    post,
    reading: classify(post.text),
  }));
  const report = evaluate(
    results.map(({ post, reading }) => ({
      expected: post.labels,
      predicted: reading.categories.map((c) => c.category),
    })),
  );
  const score = (code: UrgentCode): UrgentCodeScore => {
    const m = report.categories[code];
    const reached = results.filter(
      ({ post, reading }) =>
        post.labels.includes(code) && [...reading.categories, ...reading.secondLook].some((r) => r.category === code),
    ).length;
    return { recall: m.recall, precision: m.precision, flagged: m.tp, reached, support: m.support };
  };
  const lookAlikes = results.filter(({ post }) => post.labels.length === 0);
  return {
    posts: results.length,
    codes: { safeguarding: score('safeguarding'), threat: score('threat') },
    lookAlikes: lookAlikes.length,
    flaggedLookAlikes: lookAlikes
      .filter(({ reading }) => reading.categories.some((c) => isUrgent(c.category)))
      .map(({ post, reading }) => ({
        id: post.id,
        flags: reading.categories
          .filter((c) => isUrgent(c.category))
          .map((c) => ({ category: c.category, score: c.score })),
      })),
    lookAlikesSecondLooked: lookAlikes.filter(({ reading }) => reading.secondLook.some((c) => isUrgent(c.category)))
      .length,
  };
}
