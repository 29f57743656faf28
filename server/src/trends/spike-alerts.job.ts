import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { TrendsService } from './trends.service.js';

/** Checked every few minutes; each window ends on the hour, and an alert is stored once per window. */
export const SPIKE_TICK_MS = 5 * 60_000;
const INTERVAL_NAME = 'spike-alerts';

/**
 * Runs spike detection on a timer when SPIKE_ALERTS is on (off under NODE_ENV=test). The advisory
 * lock in TrendsRepository.withJobLock means one replica does the work; the unique window key
 * makes a repeat within the hour a no-op.
 */
@Injectable()
export class SpikeAlertsJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SpikeAlerts');
  private current: Promise<void> | undefined;

  constructor(
    private readonly trends: TrendsService,
    private readonly registry: SchedulerRegistry,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.spikeAlerts) return;
    this.registry.addInterval(
      INTERVAL_NAME,
      setInterval(() => void this.tick(), SPIKE_TICK_MS),
    );
    setTimeout(() => void this.tick(), 10_000).unref();
  }

  tick(): Promise<void> {
    if (this.current) return Promise.resolve();
    this.current = this.trends
      .detectSpikes(this.clock.now())
      .then((raised) => {
        for (const alert of raised)
          this.logger.warn(`spike: ${alert.category} ${alert.count} in the ${alert.window} to ${alert.windowEnd}`);
      })
      .catch((error: unknown) =>
        this.logger.error(`spike check failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => (this.current = undefined));
    return this.current;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.registry.doesExist('interval', INTERVAL_NAME)) this.registry.deleteInterval(INTERVAL_NAME);
    if (this.current) await this.current;
  }
}
