import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { ClassifierTrainingService } from './classifier-training.service.js';
import { ClassifierService } from './classifier.service.js';

// Tests drive retraining themselves; a timer firing mid-test would change the model under them.
const OFF_IN_TESTS = process.env.NODE_ENV === 'test';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The weekly retraining, and a regular check for a model promoted elsewhere. Every replica's
 * weekly job fires; the advisory lock and the "trained in the last few days" check make one run.
 */
@Injectable()
export class ClassifierScheduler {
  private readonly logger = new Logger('ClassifierScheduler');

  constructor(
    private readonly training: ClassifierTrainingService,
    private readonly classifier: ClassifierService,
  ) {}

  @Cron(CronExpression.EVERY_WEEK, { name: 'classifier-retrain', disabled: OFF_IN_TESTS })
  async retrainWeekly(): Promise<void> {
    try {
      await this.training.retrain({ unlessTrainedSince: new Date(Date.now() - WEEK_MS / 2) });
    } catch (error) {
      this.logger.error(`weekly retraining failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  @Cron(CronExpression.EVERY_10_MINUTES, { name: 'classifier-refresh', disabled: OFF_IN_TESTS })
  async followActiveModel(): Promise<void> {
    try {
      await this.classifier.refresh();
    } catch (error) {
      this.logger.warn(`could not check for a new model: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
