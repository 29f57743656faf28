import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IntervalJob } from '../common/interval-job.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { PlatformDeletionsService } from './platform-deletions.service.js';
import { RetentionService } from './retention.service.js';

/**
 * Retention ticks hourly and runs once a day; the deletion check runs daily per platform, and
 * retries a failed check sooner (see deletion-check-schedule.ts). "Once a day" is decided in the database by the last run's
 * start, so a restart or a second replica does not repeat a pass; the advisory locks in the
 * services make one replica do the work.
 */
export const PRIVACY_TICK_MS = 60 * 60_000;
/** The deletion check looks every 5 minutes, so a failed check's retry (from DELETION_CHECK_RETRY_MINUTES) is not late. */
export const DELETION_TICK_MS = 5 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

@Injectable()
export class PrivacyJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly retentionJob: IntervalJob;
  private readonly deletionsJob: IntervalJob;

  constructor(
    retention: RetentionService,
    deletions: PlatformDeletionsService,
    registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.retentionJob = new IntervalJob(
      registry,
      'privacy-retention',
      new Logger('Retention'),
      'retention pass',
      async () => {
        if (await retention.ranWithin(DAY_MS)) return;
        await retention.run();
      },
    );
    this.deletionsJob = new IntervalJob(
      registry,
      'privacy-platform-deletions',
      new Logger('PlatformDeletions'),
      'platform deletion check',
      async () => {
        await deletions.runDue();
      },
    );
  }

  onApplicationBootstrap(): void {
    if (this.config.retention.job) this.retentionJob.start(PRIVACY_TICK_MS, 60_000);
    if (this.config.retention.deletionCheck) this.deletionsJob.start(DELETION_TICK_MS, 90_000);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.retentionJob.stop(), this.deletionsJob.stop()]);
  }
}
