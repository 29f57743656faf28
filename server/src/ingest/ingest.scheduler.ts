import { Inject, Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ScheduledJob } from '../common/interval-job.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { IngestService } from './ingest.service.js';

/** How often due sources are looked for; each source's own interval decides whether it is polled. */
export const INGEST_TICK_MS = 5_000;

/**
 * The first tick a second after start; at shutdown a pass in flight may commit its page rather than
 * be cut off (the cursor makes either safe).
 */
const TIMING = { everyMs: INGEST_TICK_MS, firstAfterMs: 1_000, waitAtShutdownMs: 10_000 };

/**
 * Polls due sources on a timer when INGEST_SCHEDULER is on. Ticks never overlap: a slow pass makes
 * the next tick a no-op. Everything another replica needs (last run, retry_at, cursors) is in
 * PostgreSQL, and the per-source advisory lock keeps replicas off each other's sources.
 */
@Injectable()
export class IngestScheduler extends ScheduledJob {
  constructor(ingest: IngestService, registry: SchedulerRegistry, @Inject(APP_CONFIG) config: AppConfig) {
    const schedule = { ...TIMING, enabled: config.ingest.scheduler };
    super(registry, 'ingest', new Logger('IngestScheduler'), 'ingest tick', () => ingest.runDueSources(), schedule);
  }
}
