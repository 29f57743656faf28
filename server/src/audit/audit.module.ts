import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { AuditCheckpointJob } from './audit-checkpoint.job.js';
import { AUDIT_KEY, loadAuditKey } from './audit-key.js';
import { AuditLifecycleRepository } from './audit-lifecycle.repository.js';
import { AuditLogRepository } from './audit-log.repository.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditController } from './audit.controller.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';

/** Global: every feature that changes state writes its audit row through AuditService. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [
    AuditService,
    AuditRepository,
    AuditLifecycleRepository,
    AuditLogRepository,
    AuditLogService,
    AuditCheckpointJob,
    { provide: AUDIT_KEY, inject: [APP_CONFIG], useFactory: (config: AppConfig) => loadAuditKey(config) },
  ],
  exports: [AuditService, AuditLogService, AuditCheckpointJob, AUDIT_KEY],
})
export class AuditModule {}
