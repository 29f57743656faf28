import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Role } from '@ou-listening/shared';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { Mailer } from './mailer.js';
import {
  type NotificationAudience,
  type NotificationKind,
  type NotificationRow,
  NotificationsRepository,
} from './notifications.repository.js';

export type Notice = {
  kind: NotificationKind;
  audience: NotificationAudience;
  subject: string;
  /** a path in the dashboard, e.g. /escalations/12 */
  path: string;
  /** a paragraph for the email body: never post text or other personal data */
  summary: string;
  escalationId?: string;
};

/** Which roles see which notifications under the bell. */
const AUDIENCES_BY_ROLE: Record<Role, NotificationAudience[]> = {
  admin: ['discipline', 'safeguarding', 'managers'],
  discipline: ['discipline', 'safeguarding'],
  comms: ['safeguarding'],
  manager: ['managers'],
};

/**
 * Tells people something needs them: stores every notice (the bell) and emails it when SMTP is
 * configured. A failed email never fails the action that caused it; the stored notice remains.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: NotificationsRepository,
    private readonly mailer: Mailer,
  ) {}

  async notify(notice: Notice): Promise<void> {
    const link = new URL(notice.path, this.config.notify.linkBase).href;
    const recipient = this.recipientFor(notice.audience);
    const id = await this.repository.insert({
      kind: notice.kind,
      audience: notice.audience,
      subject: notice.subject,
      link: notice.path,
      escalationId: notice.escalationId,
      recipient,
    });
    if (!this.mailer.enabled || !recipient) return;
    try {
      await this.mailer.send({
        to: recipient,
        subject: notice.subject,
        text: `${notice.summary}\n\nOpen it (sign-in required): ${link}\n\n— OU Social Listening`,
      });
      await this.repository.markDelivery(id, 'sent');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`Could not email notification ${id}: ${message}`);
      await this.repository.markDelivery(id, 'failed', message);
    }
  }

  forUser(user: { id: string; role: Role }, limit = 20): Promise<NotificationRow[]> {
    return this.repository.forUser(user.id, AUDIENCES_BY_ROLE[user.role], limit);
  }

  markRead(userId: string, ids: string[]): Promise<void> {
    return this.repository.markRead(userId, ids);
  }

  private recipientFor(audience: NotificationAudience): string | undefined {
    switch (audience) {
      case 'discipline':
        return this.config.notify.escalationTo;
      case 'safeguarding':
        return this.config.notify.safeguardingTo ?? this.config.notify.escalationTo;
      case 'managers':
        return undefined;
    }
  }
}
