import 'reflect-metadata';
import { AuditCheckpointJob } from '../audit/audit-checkpoint.job.js';
import { AUDIT_KEY } from '../audit/audit-key.js';
import { verifyAuditLog } from '../audit/audit-verification.js';
import { AuditService } from '../audit/audit.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { runCli } from './cli-app.js';

/**
 * `npm run audit:verify`: exits 0 when every row's keyed hash checks out and the chain still
 * reaches the latest signed checkpoint (then writes a new one); 1 naming the first row that does not.
 * The Audit log page's "Verify chain" button runs the same verifyAuditLog.
 */
void runCli(async (app) => {
  const verification = await verifyAuditLog({
    audit: app.get(AuditService),
    checkpoints: app.get(AuditCheckpointJob),
    key: app.get<Buffer>(AUDIT_KEY),
    checkpointFile: app.get<AppConfig>(APP_CONFIG).audit.checkpointFile,
    now: new Date(),
  });
  if (!verification.ok) {
    console.error(verification.message);
    return 1;
  }
  console.log(verification.message);
  return 0;
});
