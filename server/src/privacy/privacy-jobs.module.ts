import { Module } from '@nestjs/common';
import { PrivacyJobs } from './privacy.jobs.js';
import { PrivacyModule } from './privacy.module.js';

/**
 * The daily retention pass and platform deletion check, on their timers. Only the server imports
 * this: CLIs and ingestion use PrivacyModule's services without starting the jobs.
 */
@Module({
  imports: [PrivacyModule],
  providers: [PrivacyJobs],
})
export class PrivacyJobsModule {}
