import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IntervalJob } from '../common/interval-job.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { AuthorsService } from './authors.service.js';

const TICK_MS = 30_000;

/** Reads new mentions' authors for impersonation (policy 5.2), with the platform-actions timer (off in tests). */
@Injectable()
export class AuthorFlagsJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob;

  constructor(
    authors: AuthorsService,
    registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.job = new IntervalJob(registry, 'author-flags', new Logger('AuthorFlagsJob'), 'author flags', async () => {
      // Keep going while a pass fills its batch, so a backlog clears in one tick.
      while ((await authors.flagImpersonation()) === 500);
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.ownAccounts.actionsJob) this.job.start(TICK_MS, 5_000);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job.stop(10_000);
  }
}
