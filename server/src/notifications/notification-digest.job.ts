import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '../common/clock.js';
import { IntervalJob } from '../common/interval-job.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { Mailer } from './mailer.js';
import { NotificationsService } from './notifications.service.js';

export const DIGEST_TICK_MS = 60_000;

/**
 * Sends due digests once a minute when there is SMTP and ESCALATION_DIGEST_MINUTES > 0. Each
 * replica may tick; the row locks in NotificationsRepository.sendQueued mean one sends each notice.
 */
@Injectable()
export class NotificationDigestJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob;

  constructor(
    notifications: NotificationsService,
    private readonly mailer: Mailer,
    registry: SchedulerRegistry,
    clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.job = new IntervalJob(registry, 'notification-digest', new Logger('NotificationDigest'), 'digest', () =>
      notifications.sendDueDigests(clock.now()),
    );
  }

  onApplicationBootstrap(): void {
    if (this.mailer.enabled && this.config.notify.digestMinutes > 0) this.job.start(DIGEST_TICK_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
