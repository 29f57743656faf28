import { Injectable, Logger } from '@nestjs/common';
import { ClassifierModelsRepository } from './classifier-models.repository.js';
import { ClassifierService } from './classifier.service.js';
import { loadCorpus } from './corpus.js';
import { DEFAULT_MODEL_OPTIONS, trainOrLoadModel } from './model.js';

export type RetrainDecision = 'promoted' | 'rejected' | 'unchanged';

export type RetrainOutcome =
  | {
      outcome: RetrainDecision;
      version: string;
      previousVersion: string;
      correctionsUsed: number;
      macroF1: number;
      previousMacroF1: number;
    }
  | { outcome: 'skipped'; reason: 'locked' | 'recent' };

// Macro-F1 values that differ only by floating-point noise are the same score.
const SAME_SCORE = 1e-9;

/**
 * Item 6: trains a fresh model on corpus + the latest staff corrections, scores it on the same
 * validation split as the model in use, records it, and promotes it only if it is not worse.
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
      };
      // Same corpus, code and corrections as a model already judged: nothing new to record.
      if (candidate.version === current.version || (await this.models.find(candidate.version))) {
        return { outcome: 'unchanged', ...scores };
      }
      const promoted = candidate.validation.macroF1 >= current.validation.macroF1 - SAME_SCORE;
      await this.models.record({
        version: candidate.version,
        trainedAt: candidate.trainedAt,
        correctionsUsed: candidate.correctionsUsed,
        corrections,
        scores: {
          validation: candidate.validation,
          params: candidate.params,
          trainingPosts: candidate.trainingPosts,
          validationPosts: candidate.validationPosts,
        },
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
