import { Module } from '@nestjs/common';
import { AuthorFlagsJob } from './author-flags.job.js';
import { AuthorsModule } from './authors.module.js';

/**
 * The impersonation pass on its timer. Only the server imports this: the CLIs reach AuthorsModule
 * through privacy's erasure and must not start the job.
 */
@Module({
  imports: [AuthorsModule],
  providers: [AuthorFlagsJob],
})
export class AuthorsJobsModule {}
