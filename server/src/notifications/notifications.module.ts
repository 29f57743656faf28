import { Global, Module } from '@nestjs/common';
import { Mailer } from './mailer.js';
import { NotificationDigestJob } from './notification-digest.job.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';

/** Global: escalations and spike alerts both notify through NotificationsService; digests go out on a timer. */
@Global()
@Module({
  controllers: [NotificationsController],
  providers: [Mailer, NotificationsRepository, NotificationsService, NotificationDigestJob],
  exports: [NotificationsService],
})
export class NotificationsModule {}
