import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { newGeneratedPassword } from './password.js';
import { UsersRepository } from './users.repository.js';

const BOOTSTRAP_LOCK = 7_404_002;

/**
 * The first start on an empty database creates one admin and prints its password once, to the
 * console only (not through the logger, which may be shipped to a log store). The admin must
 * change it at the first sign-in.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.auth.adminBootstrap) return;
    const { password, passwordHash } = await newGeneratedPassword();
    const email = this.config.auth.adminEmail;
    const created = await this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
      if ((await this.users.count(tx)) > 0) return false;
      // The password was printed on a console that others may read: it is for the first sign-in only.
      const admin = await this.users.insert(
        { email, displayName: 'Administrator', role: 'admin', passwordHash, mustChangePassword: true },
        tx,
      );
      await this.audit.record(
        { action: 'user.bootstrap_admin', targetType: 'user', targetId: admin?.id, details: { email } },
        tx,
      );
      return true;
    });
    if (!created) return;
    process.stdout.write(
      [
        '',
        '  ┌─ First start: an administrator account was created ─────────────────',
        `  │  email:    ${email}`,
        `  │  password: ${password}`,
        '  │  This is shown once, and you must change it at the first sign-in.',
        "  │  Then create the team's accounts under Users.",
        '  └──────────────────────────────────────────────────────────────────────',
        '',
      ].join('\n') + '\n',
    );
  }
}
