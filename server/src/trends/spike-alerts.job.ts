import { Inject, Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '../common/clock.js';
import { ScheduledJob } from '../common/interval-job.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { TrendsService } from './trends.service.js';

/** Checked every few minutes; each window ends on the hour, and an alert is stored once per window. */
export const SPIKE_TICK_MS = 5 * 60_000;

/**
 * Runs spike detection on a timer when SPIKE_ALERTS is on (off under NODE_ENV=test). The advisory
 * lock in TrendsRepository.withJobLock means one replica does the work; the unique window key
 * makes a repeat within the hour a no-op.
 */
@Injectable()
export class SpikeAlertsJob extends ScheduledJob {
  constructor(trends: TrendsService, registry: SchedulerRegistry, clock: Clock, @Inject(APP_CONFIG) config: AppConfig) {
    const logger = new Logger('SpikeAlerts');
    const pass = async () => {
      for (const alert of await trends.detectSpikes(clock.now()))
        logger.warn(`spike: ${alert.category} ${alert.count} in the ${alert.window} to ${alert.windowEnd}`);
    };
    super(registry, 'spike-alerts', logger, 'spike check', pass, {
      enabled: config.spikeAlerts,
      everyMs: SPIKE_TICK_MS,
      firstAfterMs: 10_000,
    });
  }
}
