import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IntervalJob } from '../common/interval-job.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { PlatformActionsService } from './platform-actions.service.js';

const TICK_MS = 10_000;

/** Retries platform actions whose time has come, when PLATFORM_ACTIONS_JOB is on (off in tests). */
@Injectable()
export class PlatformActionsJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob;

  constructor(
    actions: PlatformActionsService,
    registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.job = new IntervalJob(registry, 'platform-actions', new Logger('PlatformActionsJob'), 'platform actions', () =>
      actions.runDue(),
    );
  }

  onApplicationBootstrap(): void {
    if (this.config.ownAccounts.actionsJob) this.job.start(TICK_MS, 2_000);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job.stop(10_000);
  }
}
