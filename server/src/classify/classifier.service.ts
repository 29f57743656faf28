import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  CATEGORY_CODES,
  type ClassificationResult,
  type ClassifierModelView,
  type ClassifierPrecisionView,
  type MarkedPrecisionWindow,
} from '@ou-listening/shared';
import { Clock } from '../common/clock.js';
import {
  type ClassifierModelRow,
  ClassifierModelsRepository,
  type NewClassifierModel,
  type StoredScores,
  type StoredWeights,
} from './classifier-models.repository.js';
import { loadCorpus } from './corpus.js';
import { classifierCodeHash, compressModel, decompressModel } from './model-cache.js';
import {
  classifyWith,
  type Correction,
  DEFAULT_MODEL_OPTIONS,
  getModel,
  trainOrLoadModel,
  type TrainedModel,
} from './model.js';
import { readSealedScores } from './sealed-results.js';

/** The windows over which the Classifier page shows precision as staff marks record it. */
export const PRECISION_WINDOWS_DAYS = [30, 90] as const;
const DAY_MS = 86_400_000;

/** What a model's row keeps of its validation run. */
export function storedScoresOf(model: TrainedModel): StoredScores {
  return {
    validation: model.validation,
    params: model.params,
    trainingPosts: model.trainingPosts,
    validationPosts: model.validationPosts,
  };
}

// Compressing takes a tenth of a second or more; a process recording the same model twice (every
// test app starting on an empty database) does it once.
const compressed = new WeakMap<TrainedModel, Buffer>();

/** A model's weights as its row keeps them, trained by this build's classifier code. */
export function storedWeightsOf(model: TrainedModel): StoredWeights {
  let weights = compressed.get(model);
  if (!weights) {
    weights = compressModel(model);
    compressed.set(model, weights);
  }
  return { weights, codeHash: classifierCodeHash() };
}

/** Everything a classifier_models row records of a model but whether it is promoted. */
export function modelRecord(model: TrainedModel, corrections: Correction[]): Omit<NewClassifierModel, 'promoted'> {
  return {
    version: model.version,
    trainedAt: model.trainedAt,
    correctionsUsed: model.correctionsUsed,
    corrections,
    scores: storedScoresOf(model),
    ...storedWeightsOf(model),
  };
}

/**
 * Classifies post text by paragraph 7.4 category with the model in use: the active row of
 * classifier_models, loaded from the weights stored with it. Where no row is active yet, the
 * corpus-only model, recorded as the active row so the next start loads it. A row without
 * weights, with unreadable ones or with weights from other classifier code is rebuilt from the
 * corpus and its corrections (the disk cache still applies) and its weights written back. Never
 * trains per request.
 */
@Injectable()
export class ClassifierService implements OnModuleInit {
  private readonly logger = new Logger('ClassifierService');
  private model: TrainedModel | undefined;
  /** The classifier_models row the model is, or was rebuilt for; undefined while none is recorded. */
  private loadedRow: string | undefined;

  constructor(
    private readonly models: ClassifierModelsRepository,
    private readonly clock: Clock,
  ) {}

  /** Loads (or, failing that, trains) the model at start-up so the first post ingested does not wait for it. */
  async onModuleInit(): Promise<void> {
    try {
      await this.refresh();
    } catch (error) {
      // The corpus-only model still classifies; the next check picks the active one up.
      this.logger.warn(`could not load the active model: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.current();
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
    if (!row) return await this.recordCorpusOnlyModel();
    if (row.version === this.loadedRow) return false;
    const { model, rowVersion } = await this.modelOf(row);
    this.use(model, rowVersion);
    this.logger.log(`using classifier model ${model.version}`);
    return true;
  }

  /**
   * No row is active (a new database): the corpus-only model, recorded with its weights as the
   * active row unless another replica recorded one first (the next refresh then follows that).
   */
  private async recordCorpusOnlyModel(): Promise<boolean> {
    const previous = this.model;
    const model = getModel();
    const recorded = await this.models.recordFirst(modelRecord(model, []));
    this.model = model;
    this.loadedRow = recorded ? model.version : undefined;
    if (recorded) this.logger.log(`recorded classifier model ${model.version} with its weights`);
    return previous !== undefined && previous.version !== model.version;
  }

  /** The row's model from its stored weights, else trained (or from the disk cache) and its weights stored. */
  private async modelOf(row: ClassifierModelRow): Promise<{ model: TrainedModel; rowVersion: string }> {
    const started = performance.now();
    const stored = await this.models.weightsOf(row.version);
    const codeHash = classifierCodeHash();
    if (stored && stored.codeHash !== codeHash) {
      this.logger.warn(`model ${row.version} was stored by other classifier code (${stored.codeHash}): training it`);
    } else if (stored) {
      const model = decompressModel(stored.weights);
      if (model?.version === row.version) {
        this.logger.log(`loaded model ${row.version} from its row in ${Math.round(performance.now() - started)} ms`);
        return { model, rowVersion: row.version };
      }
      this.logger.warn(`model ${row.version}'s stored weights are unreadable: training it`);
    }
    const model =
      row.corrections.length === 0
        ? getModel()
        : trainOrLoadModel(loadCorpus(), DEFAULT_MODEL_OPTIONS, row.corrections);
    let rowVersion = row.version;
    try {
      if (model.version === row.version) {
        await this.models.storeWeights(row.version, storedWeightsOf(model));
      } else {
        // Same corrections, this release's corpus and code: the model every server of it uses anyway.
        const recorded = await this.models.recordRebuild(modelRecord(model, row.corrections), row.version);
        if (recorded) rowVersion = model.version;
        this.logger.warn(
          `model ${row.version} rebuilt as ${model.version}: the corpus or classifier code has changed` +
            (recorded ? '; recorded as the active model' : ''),
        );
      }
    } catch (error) {
      // The model is in use either way; only the next start pays for training it again.
      this.logger.warn(
        `could not store model ${row.version}'s weights: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return { model, rowVersion };
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
