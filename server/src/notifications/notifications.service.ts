import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Role } from '@ou-listening/shared';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { type Mail, Mailer } from './mailer.js';
import {
  type EmailOutcome,
  type EscalationNoticeRow,
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
  /** now: emailed at once; digest: emailed with the others in the next digest (if digests are on) */
  send: 'now' | 'digest';
};

const SIGNATURE = '— OU Social Listening';

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
    const recipient = this.recipientFor(notice.audience);
    const emailed = this.mailer.enabled && recipient !== undefined;
    const queued = emailed && notice.send === 'digest' && this.config.notify.digestMinutes > 0;
    const id = await this.repository.insert({
      kind: notice.kind,
      audience: notice.audience,
      subject: notice.subject,
      link: notice.path,
      escalationId: notice.escalationId,
      recipient,
      delivery: queued ? 'queued' : 'stored',
    });
    if (!emailed || queued) return;
    const outcome = await this.email(
      {
        to: recipient,
        subject: notice.subject,
        text: `${notice.summary}\n\nOpen it (sign-in required): ${this.linkTo(notice.path)}\n\n${SIGNATURE}`,
      },
      `notification ${id}`,
    );
    await this.repository.markDelivery([id], outcome.delivery, outcome.error);
  }

  /**
   * One email per recipient for everything queued, once the oldest has waited digestMinutes.
   * Returns how many notices went out (or failed to). Subjects and links only, like every email.
   */
  async sendDueDigests(now: Date): Promise<number> {
    if (!this.mailer.enabled) return 0;
    const cutoff = new Date(now.getTime() - this.config.notify.digestMinutes * 60_000);
    let handled = 0;
    for (const recipient of await this.repository.digestsDue(cutoff)) {
      handled += await this.repository.sendQueued(recipient, async (notices) => {
        const n = notices.length;
        const lines = notices.map(
          (notice) => `- ${notice.subject.replace(/^\[OU Social Listening\] /, '')}: ${this.linkTo(notice.link)}`,
        );
        return this.email(
          {
            to: recipient,
            subject: `[OU Social Listening] Digest: ${n} escalation${n === 1 ? '' : 's'} waiting`,
            text:
              `${n === 1 ? 'An escalation was' : `${n} escalations were`} raised for the discipline officers ` +
              `(urgent, safeguarding and threat ones are emailed at once):\n\n${lines.join('\n')}\n\n` +
              `Sign-in required.\n\n${SIGNATURE}`,
          },
          `the digest of ${n} notifications`,
        );
      });
    }
    return handled;
  }

  forUser(user: { id: string; role: Role }, limit = 20): Promise<NotificationRow[]> {
    return this.repository.forUser(user.id, AUDIENCES_BY_ROLE[user.role], limit);
  }

  /**
   * One e-mail to one person outside the staff, such as a reporter's acknowledgement (issue 17).
   * False when SMTP is not configured or the send failed (logged); never throws.
   */
  async emailPerson(mail: { to: string; subject: string; text: string }): Promise<boolean> {
    if (!this.mailer.enabled) return false;
    return (await this.email(mail, `"${mail.subject}"`)).delivery === 'sent';
  }

  /** Who was told about this escalation, and when (the notification records, oldest first). */
  forEscalation(escalationId: string): Promise<EscalationNoticeRow[]> {
    return this.repository.forEscalation(escalationId);
  }

  markRead(userId: string, ids: string[]): Promise<void> {
    return this.repository.markRead(userId, ids);
  }

  /** Sends one email; a failure is logged and returned, never thrown (the notice stays on the bell). */
  private async email(mail: Mail, what: string): Promise<EmailOutcome> {
    try {
      await this.mailer.send(mail);
      return { delivery: 'sent' };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`Could not email ${what}: ${message}`);
      return { delivery: 'failed', error: message };
    }
  }

  /** Whether a notice to this audience is e-mailed here (SMTP and an address set), not only shown under the bell. */
  emails(audience: NotificationAudience): boolean {
    return Boolean(this.config.notify.smtpUrl && this.recipientFor(audience));
  }

  private linkTo(path: string): string {
    return new URL(path, this.config.notify.linkBase).href;
  }

  private recipientFor(audience: NotificationAudience): string | undefined {
    switch (audience) {
      case 'discipline':
        return this.config.notify.escalationTo;
      case 'safeguarding':
        return this.config.notify.safeguardingTo ?? this.config.notify.escalationTo;
      case 'managers':
        return this.config.notify.spikeTo;
    }
  }
}
