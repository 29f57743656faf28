import { Inject, Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ScheduledJob } from '../common/interval-job.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { PlatformActionsService } from './platform-actions.service.js';

/** A tick every ten seconds, the first two seconds after start; shutdown waits ten for a send in flight. */
const TIMING = { everyMs: 10_000, firstAfterMs: 2_000, waitAtShutdownMs: 10_000 };

/** Retries platform actions whose time has come, when PLATFORM_ACTIONS_JOB is on (off in tests). */
@Injectable()
export class PlatformActionsJob extends ScheduledJob {
  constructor(actions: PlatformActionsService, registry: SchedulerRegistry, @Inject(APP_CONFIG) config: AppConfig) {
    const schedule = { ...TIMING, enabled: config.ownAccounts.actionsJob };
    super(
      registry,
      'platform-actions',
      new Logger('PlatformActionsJob'),
      'platform actions',
      () => actions.runDue(),
      schedule,
    );
  }
}
