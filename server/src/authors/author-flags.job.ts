import { Inject, Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ScheduledJob } from '../common/interval-job.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { AuthorsService } from './authors.service.js';

const TICK_MS = 30_000;

/** Reads new mentions' authors for impersonation (policy 5.2), with the platform-actions timer (off in tests). */
@Injectable()
export class AuthorFlagsJob extends ScheduledJob {
  constructor(authors: AuthorsService, registry: SchedulerRegistry, @Inject(APP_CONFIG) config: AppConfig) {
    const pass = async () => {
      // Keep going while a pass fills its batch, so a backlog clears in one tick.
      while ((await authors.flagImpersonation()) === 500);
    };
    super(registry, 'author-flags', new Logger('AuthorFlagsJob'), 'author flags', pass, {
      enabled: config.ownAccounts.actionsJob,
      everyMs: TICK_MS,
      firstAfterMs: 5_000,
      waitAtShutdownMs: 10_000,
    });
  }
}
