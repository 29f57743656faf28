import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';

export type Mail = { to: string; subject: string; text: string };

/** SMTP through nodemailer; absent (enabled = false) when SMTP_URL is not set. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.notify.smtpUrl ? nodemailer.createTransport(config.notify.smtpUrl) : undefined;
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) throw new Error('SMTP is not configured');
    await this.transport.sendMail({ from: this.config.notify.from, ...mail });
    this.logger.log(`Sent "${mail.subject}"`);
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
