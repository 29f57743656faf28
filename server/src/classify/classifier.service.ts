import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { ClassificationResult } from '@ou-listening/shared';
import { classifyWith, getModel, type TrainedModel } from './model.js';

/**
 * Classifies post text by paragraph 7.4 category. The model is trained once per process from the
 * corpus in the repository (deterministic, named by its version) and reused for every call.
 */
@Injectable()
export class ClassifierService implements OnModuleInit {
  private readonly model: () => TrainedModel;

  constructor() {
    this.model = getModel;
  }

  /** Trains at start-up so the first post ingested does not wait for it. */
  onModuleInit(): void {
    this.model();
  }

  get modelVersion(): string {
    return this.model().version;
  }

  /** Only the categories that apply, highest score first. Never throws on odd text. */
  classify(text: string): ClassificationResult {
    return classifyWith(this.model(), text);
  }
}
