import { Inject, Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '../common/clock.js';
import { ScheduledJob } from '../common/interval-job.js';
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
export class NotificationDigestJob extends ScheduledJob {
  constructor(
    notifications: NotificationsService,
    mailer: Mailer,
    registry: SchedulerRegistry,
    clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(
      registry,
      'notification-digest',
      new Logger('NotificationDigest'),
      'digest',
      () => notifications.sendDueDigests(clock.now()),
      { enabled: mailer.enabled && config.notify.digestMinutes > 0, everyMs: DIGEST_TICK_MS },
    );
  }
}
