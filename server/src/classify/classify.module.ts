import { Module } from '@nestjs/common';
import { ClassifierModelsRepository } from './classifier-models.repository.js';
import { ClassifierScheduler } from './classifier.scheduler.js';
import { ClassifierService } from './classifier.service.js';
import { ClassifierTrainingService } from './classifier-training.service.js';
import { ClassifyController } from './classify.controller.js';

/**
 * Imported by IngestModule (which classifies every mention) and nowhere else at the top level:
 * Nest keeps one instance of a module however often it is imported, so the controller's routes
 * register once either way.
 */
@Module({
  controllers: [ClassifyController],
  providers: [ClassifierModelsRepository, ClassifierService, ClassifierTrainingService, ClassifierScheduler],
  exports: [ClassifierService, ClassifierTrainingService],
})
export class ClassifyModule {}
