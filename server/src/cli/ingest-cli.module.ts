import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import type { AppConfig } from '../config/app-config.js';
import { AppConfigModule } from '../config/app-config.module.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { IngestModule } from '../ingest/ingest.module.js';

/** Just what an ingest pass needs, for `npm run ingest` and the ingest bench: no HTTP server, no scheduler. */
@Module({})
export class IngestCliModule {
  static forRoot(databaseUrl: string, config: AppConfig): DynamicModule {
    return {
      module: IngestCliModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        AppConfigModule.forRoot(config),
        AuditModule,
        IngestModule,
      ],
    };
  }
}
