/**
 * node server/dist/server/tools/classifier/experiment.js '{"voiceWeight":8,...}' [label]
 *   Trains a model with the given options (merged over the defaults) and prints its figures on the
 *   held-out writers, on the held-out writers of the earlier corpus files (ids not starting with
 *   NEWEST_BATCH, a prefix or several separated by commas, e.g. `w15,w16`) and of the newest batches
 *   alone, on each whole file named in EXTRA_TEST (comma-separated, e.g. batches left out of
 *   VOICE_FILES), and on the dev set. For choosing settings; never reads the sealed sets.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORY_CODES } from '@ou-listening/shared';
import { loadCorpus, parseLabelledJsonl, splitCorpus } from '../../src/classify/corpus.js';
import { evaluate, formatReport } from '../../src/classify/metrics.js';
import { classifyWith, DEFAULT_MODEL_OPTIONS, type ModelOptions, trainModel } from '../../src/classify/model.js';

/** Id prefixes of the newest batches of posts in many voices, shown apart from the rest. */
const NEWEST_BATCHES = (process.env.NEWEST_BATCH ?? 'w10').split(',').map((prefix) => prefix.trim());
const isNewest = (id: string): boolean => NEWEST_BATCHES.some((prefix) => id.startsWith(prefix));

function main(): void {
  const overrides = JSON.parse(process.argv[2] ?? '{}') as Partial<Omit<ModelOptions, 'thresholds'>> & {
    logistic?: Partial<ModelOptions['logistic']>;
    thresholds?: {
      urgent?: Partial<ModelOptions['thresholds']['urgent']>;
      harmlessBudget?: number;
      nearBudget?: number;
      sentenceBudget?: number | null;
      budgetFor?: ModelOptions['thresholds']['budgetFor'];
      beta?: Partial<ModelOptions['thresholds']['beta']>;
    };
  };
  const base = DEFAULT_MODEL_OPTIONS.thresholds;
  const options: ModelOptions = {
    ...DEFAULT_MODEL_OPTIONS,
    ...overrides,
    logistic: { ...DEFAULT_MODEL_OPTIONS.logistic, ...(overrides.logistic ?? {}) },
    thresholds: {
      urgent: { ...base.urgent, ...(overrides.thresholds?.urgent ?? {}) },
      harmlessBudget: overrides.thresholds?.harmlessBudget ?? base.harmlessBudget,
      nearBudget: overrides.thresholds?.nearBudget ?? base.nearBudget,
      sentenceBudget:
        overrides.thresholds?.sentenceBudget === undefined ? base.sentenceBudget : overrides.thresholds.sentenceBudget,
      budgetFor: { ...base.budgetFor, ...(overrides.thresholds?.budgetFor ?? {}) },
      beta: { ...base.beta, ...(overrides.thresholds?.beta ?? {}) },
    },
  };
  const corpus = loadCorpus();
  const model = trainModel(corpus, options);
  const { validation } = splitCorpus(corpus.posts);
  const f3 = (x: number) => x.toFixed(3);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const line = (name: string, posts: typeof validation) => {
    const results = posts.map((p) => ({ p, r: classifyWith(model, p.text) }));
    const report = evaluate(
      results.map(({ p, r }) => ({ expected: p.labels, predicted: r.categories.map((c) => c.category) })),
    );
    const reach = (code: 'safeguarding' | 'threat') => {
      const pos = results.filter(({ p }) => p.labels.includes(code));
      const flagged = pos.filter(({ r }) => r.categories.some((c) => c.category === code)).length;
      const reached = pos.filter(({ r }) => [...r.categories, ...r.secondLook].some((c) => c.category === code)).length;
      return `${code} ${f3(flagged / pos.length)}/${f3(reached / pos.length)} (${pos.length})`;
    };
    const harmless = results.filter(({ p }) => p.labels.length === 0);
    const urgentFlag = harmless.filter(({ r }) =>
      r.categories.some((c) => c.category === 'safeguarding' || c.category === 'threat'),
    ).length;
    const isUrgent = (c: { category: string }) => c.category === 'safeguarding' || c.category === 'threat';
    const urgentLook = harmless.filter(({ r }) => r.secondLook.some(isUrgent)).length;
    // The other categories' second look: the positives the flag missed that it puts in front of
    // staff, and the harmless posts it shows them.
    const others = CATEGORY_CODES.filter((c) => c !== 'safeguarding' && c !== 'threat');
    let missed = 0;
    let missedLooked = 0;
    for (const code of others)
      for (const { p, r } of results) {
        if (!p.labels.includes(code) || r.categories.some((c) => c.category === code)) continue;
        missed++;
        if (r.secondLook.some((c) => c.category === code)) missedLooked++;
      }
    const nearLook = harmless.filter(({ r }) => r.secondLook.some((c) => !isUrgent(c))).length;
    const both = results.filter(({ p }) => p.labels.includes('safeguarding') || p.labels.includes('threat'));
    const eitherReached = both.filter(({ r }) =>
      [...r.categories, ...r.secondLook].some((c) => c.category === 'safeguarding' || c.category === 'threat'),
    ).length;
    const eitherFlagged = both.filter(({ r }) =>
      r.categories.some((c) => c.category === 'safeguarding' || c.category === 'threat'),
    ).length;
    const six = CATEGORY_CODES.filter((c) => c !== 'threat');
    const macroSix = six.reduce((sum, c) => sum + report.categories[c].f1, 0) / six.length;
    return `${name.padEnd(14)} n=${posts.length} macroF1 ${f3(report.macroF1)} (6: ${f3(macroSix)}) threatFP ${report.categories.threat.fp} harmless ${pct(report.falseAlarmRate)} | ${reach('safeguarding')} ${reach('threat')} | either ${f3(eitherFlagged / both.length)}/${f3(eitherReached / both.length)} | harmless urgent flag ${pct(urgentFlag / harmless.length)} look ${pct(urgentLook / harmless.length)} | PD recall ${f3(report.categories.personal_data.recall)} | near: misses looked ${missedLooked}/${missed}, harmless ${pct(nearLook / harmless.length)}`;
  };
  const voices = validation.filter((p) => p.voice);
  const lines = [
    `${process.argv[3] ?? ''} ${model.version} ${JSON.stringify(overrides)} trained in ${(model.trainingMs / 1000).toFixed(0)} s`,
    line('voices', voices),
    line(
      'voices-orig',
      voices.filter((p) => !isNewest(p.id)),
    ),
    line(
      'voices-new',
      voices.filter((p) => isNewest(p.id)),
    ),
  ];
  // Whole files the model never read (EXTRA_TEST=a.jsonl,b.jsonl, paths from the working directory):
  // batches kept out of VOICE_FILES, scored as one more test of posts by unseen writers.
  for (const file of (process.env.EXTRA_TEST ?? '').split(',').filter(Boolean)) {
    const posts = parseLabelledJsonl(readFileSync(file, 'utf8'), file).map((p) => ({ ...p, voice: true }));
    lines.push(line(path.basename(file).slice(0, 14), posts));
  }
  // server/dist/server/tools/classifier → the folder beside the repository, as eval.spec reads it.
  const devFile = path.resolve(__dirname, '../../../../../../shared/eval/harm-dev.jsonl');
  if (existsSync(devFile)) {
    const devPosts = parseLabelledJsonl(readFileSync(devFile, 'utf8'), devFile).map((p) => ({ ...p, voice: true }));
    lines.push(line('dev', devPosts));
    if (process.argv.includes('--detail')) {
      const pairs = (posts: typeof validation) =>
        posts.map((p) => ({
          expected: p.labels,
          predicted: classifyWith(model, p.text).categories.map((c) => c.category),
        }));
      lines.push(
        'held-out writers:',
        formatReport(evaluate(pairs(voices))),
        'dev:',
        formatReport(evaluate(pairs(devPosts))),
      );
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main();
