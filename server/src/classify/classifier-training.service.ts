import { Injectable, Logger } from '@nestjs/common';
import { ClassifierModelsRepository } from './classifier-models.repository.js';
import { ClassifierService, modelRecord } from './classifier.service.js';
import { loadCorpus } from './corpus.js';
import { classifyWith, DEFAULT_MODEL_OPTIONS, type TrainedModel, trainOrLoadModel } from './model.js';
import { scoreSealed } from './sealed-results.js';

export type RetrainDecision = 'promoted' | 'rejected' | 'unchanged';

export type RetrainOutcome =
  | {
      outcome: RetrainDecision;
      version: string;
      previousVersion: string;
      correctionsUsed: number;
      macroF1: number;
      previousMacroF1: number;
      /** the main sealed set's macro-F1 (totals only); null where the sealed files are not shipped */
      sealedMacroF1: number | null;
      previousSealedMacroF1: number | null;
    }
  | { outcome: 'skipped'; reason: 'locked' | 'recent' };

/**
 * "Not worse" allows this much macro-F1: a couple of corrections move thresholds by a grid step and
 * change one or two of 2,200 validation posts, which is noise, not a worse model. A model that
 * learnt something wrong loses far more (the retraining test's backwards corrections: ~0.3).
 */
export const SAME_SCORE = 0.002;

const sealedMacroF1 = (model: TrainedModel): number | null =>
  scoreSealed((text) => classifyWith(model, text).categories.map((c) => c.category))?.macroF1 ?? null;

/**
 * Item 6: trains a fresh model on corpus + the latest staff corrections, scores it on the same
 * validation split as the model in use and on the sealed set (totals only), records it with its
 * weights, and promotes it only if it is worse on neither (issue 14 §3). Where the sealed files
 * are not shipped, validation alone decides.
 */
@Injectable()
export class ClassifierTrainingService {
  private readonly logger = new Logger('ClassifierTraining');

  constructor(
    private readonly models: ClassifierModelsRepository,
    private readonly classifier: ClassifierService,
  ) {}

  /**
   * One retraining across all replicas and the CLI. With `unlessTrainedSince`, does nothing if a
   * model was trained after that moment (another replica's weekly run got there first).
   */
  async retrain(options: { unlessTrainedSince?: Date } = {}): Promise<RetrainOutcome> {
    const outcome = await this.models.withRetrainLock(async (): Promise<RetrainOutcome> => {
      if (options.unlessTrainedSince) {
        const last = await this.models.latestTrainedAt();
        if (last && last > options.unlessTrainedSince) return { outcome: 'skipped', reason: 'recent' };
      }
      // Compare against what is active now, even if another replica promoted it a minute ago.
      await this.classifier.refresh();
      const current = this.classifier.current();
      const corrections = await this.models.latestCorrections();
      // The same version from the disk cache is the same model; it is this run's, so it carries this run's time.
      const candidate = {
        ...trainOrLoadModel(loadCorpus(), DEFAULT_MODEL_OPTIONS, corrections),
        trainedAt: new Date(),
      };
      const scores = {
        version: candidate.version,
        previousVersion: current.version,
        correctionsUsed: candidate.correctionsUsed,
        macroF1: candidate.validation.macroF1,
        previousMacroF1: current.validation.macroF1,
        sealedMacroF1: null as number | null,
        previousSealedMacroF1: null as number | null,
      };
      // Same corpus, code and corrections as a model already judged: nothing new to record.
      if (candidate.version === current.version || (await this.models.find(candidate.version))) {
        return { outcome: 'unchanged', ...scores };
      }
      scores.sealedMacroF1 = sealedMacroF1(candidate);
      scores.previousSealedMacroF1 = sealedMacroF1(current);
      const sealedNotWorse =
        scores.sealedMacroF1 === null ||
        scores.previousSealedMacroF1 === null ||
        scores.sealedMacroF1 >= scores.previousSealedMacroF1 - SAME_SCORE;
      const promoted = candidate.validation.macroF1 >= current.validation.macroF1 - SAME_SCORE && sealedNotWorse;
      await this.models.record({
        // Weights kept with the row, rejected or not, so any server that uses it later loads it without training.
        ...modelRecord(candidate, corrections),
        promoted,
      });
      if (promoted) this.classifier.use(candidate, candidate.version);
      return { outcome: promoted ? 'promoted' : 'rejected', ...scores };
    });
    const result = outcome ?? { outcome: 'skipped', reason: 'locked' };
    this.logger.log(`retrain: ${JSON.stringify(result)}`);
    return result;
  }
}
