import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { IngestService } from './ingest.service.js';

/** How often due sources are looked for; each source's own interval decides whether it is polled. */
export const INGEST_TICK_MS = 5_000;
const INTERVAL_NAME = 'ingest';

/**
 * Polls due sources on a timer when INGEST_SCHEDULER is on. Ticks never overlap: a slow pass makes
 * the next tick a no-op. Everything another replica needs (last run, retry_at, cursors) is in
 * PostgreSQL, and the per-source advisory lock keeps replicas off each other's sources.
 */
@Injectable()
export class IngestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('IngestScheduler');
  private current: Promise<void> | undefined;

  constructor(
    private readonly ingest: IngestService,
    private readonly registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.ingest.scheduler) return;
    this.registry.addInterval(
      INTERVAL_NAME,
      setInterval(() => void this.tick(), INGEST_TICK_MS),
    );
    setTimeout(() => void this.tick(), 1_000).unref();
  }

  /** One pass over due sources; returns at once if the previous pass is still going. */
  tick(): Promise<void> {
    if (this.current) return Promise.resolve();
    this.current = this.ingest
      .runDueSources()
      .then(() => undefined)
      .catch((error: unknown) =>
        this.logger.error(`ingest tick failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => (this.current = undefined));
    return this.current;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.registry.doesExist('interval', INTERVAL_NAME)) this.registry.deleteInterval(INTERVAL_NAME);
    // Let a pass in flight commit its page rather than cut it off; the cursor makes either safe.
    if (this.current) await Promise.race([this.current, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  }
}
