import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { IntervalJob } from '../common/interval-job.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { IngestService } from './ingest.service.js';

/** How often due sources are looked for; each source's own interval decides whether it is polled. */
export const INGEST_TICK_MS = 5_000;

/**
 * Polls due sources on a timer when INGEST_SCHEDULER is on. Ticks never overlap: a slow pass makes
 * the next tick a no-op. Everything another replica needs (last run, retry_at, cursors) is in
 * PostgreSQL, and the per-source advisory lock keeps replicas off each other's sources.
 */
@Injectable()
export class IngestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob;

  constructor(
    ingest: IngestService,
    registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.job = new IntervalJob(registry, 'ingest', new Logger('IngestScheduler'), 'ingest tick', () =>
      ingest.runDueSources(),
    );
  }

  onApplicationBootstrap(): void {
    if (this.config.ingest.scheduler) this.job.start(INGEST_TICK_MS, 1_000);
  }

  async onApplicationShutdown(): Promise<void> {
    // Let a pass in flight commit its page rather than cut it off; the cursor makes either safe.
    await this.job.stop(10_000);
  }
}
