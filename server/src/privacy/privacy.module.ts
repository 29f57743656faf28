import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module.js';
import { PlatformDeletionsService } from './platform-deletions.service.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyRepository } from './privacy.repository.js';
import { PrivacyService } from './privacy.service.js';
import { RetentionService } from './retention.service.js';
import { SuppressionService } from './suppression.service.js';

/**
 * Data protection (issue 18): the retention schedule, legal holds, erasure and the suppression list,
 * subject access, platform deletion checks. Ingestion reaches the suppression list through its
 * AuthorSuppression port, bound to SuppressionService.
 */
@Module({
  imports: [SourcesModule],
  controllers: [PrivacyController],
  providers: [PrivacyRepository, PrivacyService, RetentionService, SuppressionService, PlatformDeletionsService],
  exports: [PrivacyService, RetentionService, SuppressionService, PlatformDeletionsService],
})
export class PrivacyModule {}
