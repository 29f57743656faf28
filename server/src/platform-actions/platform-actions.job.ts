import { Inject, Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ScheduledJob } from '../common/interval-job.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { PlatformActionsService } from './platform-actions.service.js';

const TICK_MS = 10_000;

/** Retries platform actions whose time has come, when PLATFORM_ACTIONS_JOB is on (off in tests). */
@Injectable()
export class PlatformActionsJob extends ScheduledJob {
  constructor(actions: PlatformActionsService, registry: SchedulerRegistry, @Inject(APP_CONFIG) config: AppConfig) {
    super(registry, 'platform-actions', new Logger('PlatformActionsJob'), 'platform actions', () => actions.runDue(), {
      enabled: config.ownAccounts.actionsJob,
      everyMs: TICK_MS,
      firstAfterMs: 2_000,
      waitAtShutdownMs: 10_000,
    });
  }
}
