import type { CategoryCode } from '@ou-listening/shared';
import { Clock } from '../../../src/common/clock';
import { ClassifierModelsRepository } from '../../../src/classify/classifier-models.repository';
import { ClassifierTrainingService, SAME_SCORE } from '../../../src/classify/classifier-training.service';
import { ClassifierService } from '../../../src/classify/classifier.service';
import { loadCorpus, splitCorpus } from '../../../src/classify/corpus';
import { classifierCodeHash, decompressModel } from '../../../src/classify/model-cache';
import { signInAs } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

type Mark = 'no_action' | 'false_positive' | 'needs_follow_up' | 'responded';

describe('retraining on staff corrections', () => {
  let t: TestApp;

  /** A stored mention with marks in the order given (later marks are newer). */
  async function correctedMention(
    text: string,
    ...marks: Array<{ mark: Mark; categories: CategoryCode[] | null }>
  ): Promise<string> {
    const mention = await newMention(t, { text, postedAt: new Date() });
    for (const [i, m] of marks.entries()) {
      await t.db.query(
        `INSERT INTO mention_marks (mention_id, mark, corrected_categories, created_at)
         VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
        [mention.id, m.mark, m.categories, i],
      );
    }
    return mention.id;
  }

  /**
   * A retrain is a full training run: five seeded fits of the whole corpus plus the corrections
   * (model.ts, `seeds`), about 20 s on an idle machine and several minutes on a loaded 2-core one.
   */
  const RETRAIN_TIMEOUT = 600_000;

  const modelRows = () =>
    t.db.query(
      `SELECT version, corrections_used AS "correctionsUsed", promoted, active, scores FROM classifier_models
       ORDER BY trained_at`,
    );

  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.db.query(`DELETE FROM mention_marks`);
    await t.db.query(`DELETE FROM mentions`);
  });

  it('takes the latest correction of each mention; a false positive without categories is harmless', async () => {
    const flatmate = await correctedMention("My flatmate said she's going to end it tonight, what do I do", {
      mark: 'needs_follow_up',
      categories: ['safeguarding'],
    });
    const joke = await correctedMention(
      'Dying to know my results lol',
      { mark: 'needs_follow_up', categories: ['safeguarding'] },
      { mark: 'false_positive', categories: null },
    );
    // A mark that corrects nothing does not override the correction before it.
    const solicitor = await correctedMention(
      'My solicitor is writing to the OU about my fees',
      { mark: 'no_action', categories: ['litigation'] },
      { mark: 'responded', categories: null },
    );
    await correctedMention('Lovely tutorial today', { mark: 'no_action', categories: null });

    const corrections = await t.app.get(ClassifierModelsRepository).latestCorrections();
    expect(corrections).toEqual(
      [
        { mentionId: flatmate, text: expect.stringContaining('flatmate'), labels: ['safeguarding'] },
        { mentionId: joke, text: 'Dying to know my results lol', labels: [] },
        { mentionId: solicitor, text: expect.stringContaining('solicitor'), labels: ['litigation'] },
      ].sort((a, b) => Number(a.mentionId) - Number(b.mentionId)),
    );
  });

  it(
    'records a new model version trained on the corrections, with its validation scores, and promotes it if not worse',
    async () => {
      const classifier = t.app.get(ClassifierService);
      const before = classifier.current();
      await correctedMention("My flatmate said she's going to end it tonight, she won't answer her door", {
        mark: 'needs_follow_up',
        categories: ['safeguarding'],
      });
      await correctedMention('This EMA is absolutely killing me, send coffee', {
        mark: 'false_positive',
        categories: [],
      });

      const result = await t.app.get(ClassifierTrainingService).retrain();

      expect(result).toMatchObject({ outcome: 'promoted', correctionsUsed: 2, previousVersion: before.version });
      if (result.outcome !== 'promoted') throw new Error('unreachable');
      expect(result.sealedMacroF1).toBeGreaterThanOrEqual(result.previousSealedMacroF1! - SAME_SCORE);
      // The corpus-only model the app started with was recorded first; the retrained one replaced it.
      const [first, ...rows] = await modelRows();
      expect(first).toMatchObject({ version: before.version, correctionsUsed: 0, promoted: true, active: false });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ correctionsUsed: 2, promoted: true, active: true });
      expect(rows[0].version).not.toBe(before.version);
      expect(rows[0].scores.validation.macroF1).toBeGreaterThanOrEqual(before.validation.macroF1 - SAME_SCORE);
      expect(Object.keys(rows[0].scores.params).sort()).toEqual(Object.keys(before.params).sort());

      // Its weights are kept with it, as this code trained them.
      const [stored] = await t.db.query(`SELECT weights, code_hash FROM classifier_models WHERE version = $1`, [
        rows[0].version,
      ]);
      expect(stored.code_hash).toBe(classifierCodeHash());
      const storedModel = decompressModel(stored.weights);
      expect(storedModel).toMatchObject({ version: rows[0].version, correctionsUsed: 2 });
      expect(storedModel!.trainedAt).toEqual(classifier.current().trainedAt);

      // The running service switched, and says so to the API.
      const { agent } = await signInAs(t, 'admin');
      const model = await agent.get('/api/classify/model').expect(200);
      expect(model.body).toMatchObject({ modelVersion: rows[0].version, correctionsUsed: 2 });
      const classified = await agent.post('/api/classify').send({ text: 'hello' }).expect(200);
      expect(classified.body.modelVersion).toBe(rows[0].version);

      // Another replica starting on this database, with no disk cache, loads exactly that model from its
      // row: trained at the moment this retraining stamped on it, not trained again now.
      const cacheSetting = process.env.CLASSIFIER_CACHE_DIR;
      process.env.CLASSIFIER_CACHE_DIR = 'off';
      try {
        const replica = new ClassifierService(t.app.get(ClassifierModelsRepository), t.app.get(Clock));
        await replica.onModuleInit();
        expect(replica.describe()).toMatchObject({ modelVersion: rows[0].version, correctionsUsed: 2 });
        expect(replica.current().trainedAt).toEqual(classifier.current().trainedAt);
        expect(replica.classify("my flatmate won't answer her door")).toEqual(
          classifier.classify("my flatmate won't answer her door"),
        );
        expect(await replica.refresh()).toBe(false);
      } finally {
        if (cacheSetting === undefined) delete process.env.CLASSIFIER_CACHE_DIR;
        else process.env.CLASSIFIER_CACHE_DIR = cacheSetting;
      }

      // Nothing new to learn: no third row.
      expect(await t.app.get(ClassifierTrainingService).retrain()).toMatchObject({ outcome: 'unchanged' });
      expect(await modelRows()).toHaveLength(2);
    },
    RETRAIN_TIMEOUT,
  );

  it(
    'records a worse model but keeps the one in use',
    async () => {
      const classifier = t.app.get(ClassifierService);
      const inUse = classifier.current().version;
      // Staff "correct" every held-out post to the opposite of its label: the model learns the
      // validation phrasings backwards, so it must score worse on them.
      const { validation } = splitCorpus(loadCorpus().posts);
      for (const post of validation) {
        await correctedMention(
          post.text,
          post.labels.length > 0
            ? { mark: 'false_positive', categories: null }
            : { mark: 'needs_follow_up', categories: ['safeguarding', 'disrepute', 'litigation'] },
        );
      }

      const result = await t.app.get(ClassifierTrainingService).retrain();

      expect(result).toMatchObject({ outcome: 'rejected', previousVersion: inUse, correctionsUsed: validation.length });
      if (result.outcome !== 'rejected') throw new Error('unreachable');
      expect(result.macroF1).toBeLessThan(result.previousMacroF1);
      // Judged on the sealed set too (totals only), which ships with the repository.
      expect(result.sealedMacroF1).not.toBeNull();
      expect(result.previousSealedMacroF1).not.toBeNull();
      const [rejected] = await t.db.query(`SELECT promoted, active FROM classifier_models WHERE version = $1`, [
        result.version,
      ]);
      expect(rejected).toEqual({ promoted: false, active: false });
      expect(classifier.current().version).toBe(inUse);
      const [active] = await t.db.query(`SELECT version FROM classifier_models WHERE active`);
      expect(active.version).toBe(inUse);
    },
    RETRAIN_TIMEOUT,
  );

  it('lets one retraining run at a time', async () => {
    const training = t.app.get(ClassifierTrainingService);
    const [first, second] = await Promise.all([training.retrain(), training.retrain()]);
    expect([first.outcome, second.outcome]).toContain('skipped');
  });

  it('skips the weekly run when another replica trained a model since', async () => {
    const result = await t.app
      .get(ClassifierTrainingService)
      .retrain({ unlessTrainedSince: new Date(Date.now() - 60_000) });
    expect(result).toEqual({ outcome: 'skipped', reason: 'recent' });
  });
});
