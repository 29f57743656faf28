import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module.js';
import { AuthorsJobsModule } from './authors/authors-jobs.module.js';
import { AuthModule } from './auth/auth.module.js';
import type { AppConfig } from './config/app-config.js';
import { AppConfigModule } from './config/app-config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { EscalationsModule } from './escalations/escalations.module.js';
import { HealthModule } from './health/health.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { IngestModule } from './ingest/ingest.module.js';
import { MentionsModule } from './mentions/mentions.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { PrivacyJobsModule } from './privacy/privacy-jobs.module.js';
import { TrendsModule } from './trends/trends.module.js';
import { UsersModule } from './users/users.module.js';

@Module({})
export class AppModule {
  static forRoot(options: { databaseUrl: string; config: AppConfig }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(
          dataSourceOptions(options.databaseUrl, { migrationsRun: !options.config.databaseOwnerUrl }),
        ),
        AppConfigModule.forRoot(options.config),
        AuditModule,
        AuthModule,
        UsersModule,
        HealthModule,
        // Feature modules are added below, one line each.
        IngestModule,
        NotificationsModule,
        EscalationsModule,
        MentionsModule,
        AuthorsJobsModule,
        ReportsModule,
        TrendsModule,
        PrivacyJobsModule,
      ],
    };
  }
}
