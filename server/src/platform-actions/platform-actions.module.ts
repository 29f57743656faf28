import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module.js';
import { PlatformActionsJob } from './platform-actions.job.js';
import { PlatformActionsRepository } from './platform-actions.repository.js';
import { PlatformActionsService } from './platform-actions.service.js';

/**
 * Hide, reply and block on the OU's own Facebook Page and Instagram account (issue 16): the outbox,
 * its retries and the platforms' answers. The mentions feature calls PlatformActionsService; the
 * platforms are reached through the sources feature's connectors.
 */
@Module({
  imports: [SourcesModule],
  providers: [PlatformActionsRepository, PlatformActionsService, PlatformActionsJob],
  exports: [PlatformActionsService],
})
export class PlatformActionsModule {}
