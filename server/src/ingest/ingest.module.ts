import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ClassifierService } from '../classify/classifier.service.js';
import { ClassifyModule } from '../classify/classify.module.js';
import { SourcesModule } from '../sources/sources.module.js';
import { IngestRepository } from './ingest.repository.js';
import { IngestScheduler } from './ingest.scheduler.js';
import { IngestService } from './ingest.service.js';
import { MENTION_CLASSIFIER } from './mention-classifier.js';

@Module({
  imports: [ScheduleModule.forRoot(), SourcesModule, ClassifyModule],
  providers: [
    IngestRepository,
    IngestService,
    IngestScheduler,
    { provide: MENTION_CLASSIFIER, useExisting: ClassifierService },
  ],
  exports: [IngestService],
})
export class IngestModule {}
