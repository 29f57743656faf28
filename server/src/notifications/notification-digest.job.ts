import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { Mailer } from './mailer.js';
import { NotificationsService } from './notifications.service.js';

export const DIGEST_TICK_MS = 60_000;
const INTERVAL_NAME = 'notification-digest';

/**
 * Sends due digests once a minute when there is SMTP and ESCALATION_DIGEST_MINUTES > 0. Each
 * replica may tick; the row locks in NotificationsRepository.sendQueued mean one sends each notice.
 */
@Injectable()
export class NotificationDigestJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NotificationDigest');
  private current: Promise<void> | undefined;

  constructor(
    private readonly notifications: NotificationsService,
    private readonly mailer: Mailer,
    private readonly registry: SchedulerRegistry,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.mailer.enabled || this.config.notify.digestMinutes === 0) return;
    this.registry.addInterval(
      INTERVAL_NAME,
      setInterval(() => void this.tick(), DIGEST_TICK_MS),
    );
  }

  tick(): Promise<void> {
    if (this.current) return Promise.resolve();
    this.current = this.notifications
      .sendDueDigests(this.clock.now())
      .then(() => undefined)
      .catch((error: unknown) =>
        this.logger.error(`digest failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => (this.current = undefined));
    return this.current;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.registry.doesExist('interval', INTERVAL_NAME)) this.registry.deleteInterval(INTERVAL_NAME);
    if (this.current) await this.current;
  }
}
