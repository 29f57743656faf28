import { Module } from '@nestjs/common';
import { AUDIT_KEY } from '../audit/audit-key.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { AuthorsModule } from '../authors/authors.module.js';
import { SourcesModule } from '../sources/sources.module.js';
import { PlatformDeletionsService } from './platform-deletions.service.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyRepository } from './privacy.repository.js';
import { PrivacyService } from './privacy.service.js';
import { RetentionService } from './retention.service.js';
import { SuppressionService } from './suppression.service.js';
import { loadSuppressionKey, SUPPRESSION_KEY } from './suppression-key.js';

/**
 * Data protection (issue 18): the retention schedule, legal holds, erasure and the suppression list,
 * subject access, platform deletion checks. Ingestion reaches the suppression list through its
 * AuthorSuppression port, bound to SuppressionService.
 */
@Module({
  imports: [SourcesModule, AuthorsModule],
  controllers: [PrivacyController],
  providers: [
    PrivacyRepository,
    PrivacyService,
    RetentionService,
    SuppressionService,
    PlatformDeletionsService,
    {
      provide: SUPPRESSION_KEY,
      inject: [APP_CONFIG, AUDIT_KEY],
      useFactory: (config: AppConfig, auditKey: Buffer) => loadSuppressionKey(config, auditKey),
    },
  ],
  exports: [PrivacyService, RetentionService, SuppressionService, PlatformDeletionsService],
})
export class PrivacyModule {}
