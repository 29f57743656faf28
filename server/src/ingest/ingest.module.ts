import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ClassifierService } from '../classify/classifier.service.js';
import { ClassifyModule } from '../classify/classify.module.js';
import { PrivacyModule } from '../privacy/privacy.module.js';
import { SuppressionService } from '../privacy/suppression.service.js';
import { SourcesModule } from '../sources/sources.module.js';
import { AUTHOR_SUPPRESSION } from './author-suppression.js';
import { IngestRepository } from './ingest.repository.js';
import { IngestScheduler } from './ingest.scheduler.js';
import { IngestService } from './ingest.service.js';
import { MENTION_CLASSIFIER } from './mention-classifier.js';

@Module({
  imports: [ScheduleModule.forRoot(), SourcesModule, ClassifyModule, PrivacyModule],
  providers: [
    IngestRepository,
    IngestService,
    IngestScheduler,
    { provide: MENTION_CLASSIFIER, useExisting: ClassifierService },
    { provide: AUTHOR_SUPPRESSION, useExisting: SuppressionService },
  ],
  exports: [IngestService],
})
export class IngestModule {}
