import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  CATEGORY_CODES,
  type ClassificationResult,
  type ClassifierModelView,
  type ClassifierPrecisionView,
  type MarkedPrecisionWindow,
} from '@ou-listening/shared';
import { Clock } from '../common/clock.js';
import { ClassifierModelsRepository } from './classifier-models.repository.js';
import { loadCorpus } from './corpus.js';
import { classifyWith, DEFAULT_MODEL_OPTIONS, getModel, trainOrLoadModel, type TrainedModel } from './model.js';
import { readSealedScores } from './sealed-results.js';

/** The windows over which the Classifier page shows precision as staff marks record it. */
export const PRECISION_WINDOWS_DAYS = [30, 90] as const;
const DAY_MS = 86_400_000;

/**
 * Classifies post text by paragraph 7.4 category with the model in use: the corpus-only model
 * until a retrained one has been promoted, then the active row of classifier_models, rebuilt
 * here from the corpus and the corrections that row was trained on. Never trains per request.
 */
@Injectable()
export class ClassifierService implements OnModuleInit {
  private readonly logger = new Logger('ClassifierService');
  private model: TrainedModel | undefined;
  /** The classifier_models row the model was built from; undefined for the corpus-only model. */
  private loadedRow: string | undefined;

  constructor(
    private readonly models: ClassifierModelsRepository,
    private readonly clock: Clock,
  ) {}

  /** Trains at start-up so the first post ingested does not wait for it. */
  async onModuleInit(): Promise<void> {
    this.current();
    try {
      await this.refresh();
    } catch (error) {
      // The corpus-only model still classifies; the next check picks the promoted one up.
      this.logger.warn(`could not load the active model: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  current(): TrainedModel {
    this.model ??= getModel();
    return this.model;
  }

  get modelVersion(): string {
    return this.current().version;
  }

  /** Switches to a model this process has just trained and promoted. */
  use(model: TrainedModel, rowVersion: string): void {
    this.model = model;
    this.loadedRow = rowVersion;
  }

  /**
   * Follows the active row, which another replica or the CLI may have changed. Answers whether
   * the model changed.
   */
  async refresh(): Promise<boolean> {
    const row = await this.models.active();
    if (!row) {
      if (this.loadedRow === undefined) return false;
      this.model = getModel();
      this.loadedRow = undefined;
      return true;
    }
    if (row.version === this.loadedRow) return false;
    const model = trainOrLoadModel(loadCorpus(), DEFAULT_MODEL_OPTIONS, row.corrections);
    if (model.version !== row.version) {
      this.logger.warn(`model ${row.version} rebuilt as ${model.version}: the corpus or classifier code has changed`);
    }
    this.use(model, row.version);
    this.logger.log(`using classifier model ${model.version}`);
    return true;
  }

  /** Only the categories that apply, highest score first. Never throws on odd text. */
  classify(text: string): ClassificationResult {
    return classifyWith(this.current(), text);
  }

  describe(): ClassifierModelView {
    const model = this.current();
    const { validation, params } = model;
    return {
      modelVersion: model.version,
      trainedAt: model.trainedAt.toISOString(),
      correctionsUsed: model.correctionsUsed,
      trainingPosts: model.trainingPosts,
      validationPosts: model.validationPosts,
      macroF1: validation.macroF1,
      falseAlarmRate: validation.falseAlarmRate,
      calibrationError: model.calibration.ece,
      categories: CATEGORY_CODES.map((category) => {
        const m = validation.categories[category];
        return {
          category,
          precision: m.precision,
          recall: m.recall,
          f1: m.f1,
          support: m.support,
          threshold: params[category].threshold,
          secondLookFloor: params[category].secondLook,
          brierScore: model.calibration.brier[category],
        };
      }),
    };
  }

  /** Precision per category as staff marks record it, beside the last sealed-set figures. */
  async precision(): Promise<ClassifierPrecisionView> {
    const now = this.clock.now().getTime();
    const rows = await this.models.markedPrecision(
      PRECISION_WINDOWS_DAYS.map((days) => ({ days, since: new Date(now - days * DAY_MS) })),
    );
    const windows: MarkedPrecisionWindow[] = PRECISION_WINDOWS_DAYS.map((days) => ({
      days,
      categories: CATEGORY_CODES.map((category) => {
        const row = rows.find((r) => r.days === days && r.category === category);
        const confirmed = row?.confirmed ?? 0;
        const falsePositives = row?.falsePositives ?? 0;
        const marked = confirmed + falsePositives;
        return { category, confirmed, falsePositives, precision: marked === 0 ? null : confirmed / marked };
      }),
    }));
    const sealed = readSealedScores() ?? null;
    return { windows, sealed, sealedIsForAnotherModel: sealed !== null && sealed.modelVersion !== this.modelVersion };
  }
}
