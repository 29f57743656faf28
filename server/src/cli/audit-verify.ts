import 'reflect-metadata';
import { AuditCheckpointJob } from '../audit/audit-checkpoint.job.js';
import { latestCheckpoint } from '../audit/audit-checkpoints.js';
import { AUDIT_KEY } from '../audit/audit-key.js';
import { AuditService } from '../audit/audit.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { runCli } from './cli-app.js';

/**
 * `npm run audit:verify`: exits 0 when every row's keyed hash checks out and the chain still
 * reaches the latest signed checkpoint (then writes a new one); 1 naming the first row that does not.
 */
void runCli(async (app) => {
  const key = app.get<Buffer>(AUDIT_KEY);
  const { checkpointFile } = app.get<AppConfig>(APP_CONFIG).audit;
  const latest = latestCheckpoint(checkpointFile, key);
  if (latest.status === 'forged') {
    console.error(`Audit checkpoint at line ${latest.line} of ${checkpointFile} is not signed with the audit key`);
    return 1;
  }
  const checkpoint = latest.status === 'valid' ? latest.checkpoint : undefined;
  const verdict = await app.get(AuditService).verify(checkpoint);
  if (!verdict.ok) {
    console.error(`Audit chain broken at row ${verdict.firstBadId ?? '-'}: ${verdict.problem}`);
    return 1;
  }
  await app.get(AuditCheckpointJob).write();
  console.log(
    `Audit chain intact: ${verdict.rows - (verdict.prunedRows ?? 0)} rows verified` +
      (verdict.prunedRows ? ` from the signed anchor after ${verdict.prunedRows} pruned rows` : '') +
      (verdict.erasedTexts ? `, ${verdict.erasedTexts} texts blanked by erasures` : '') +
      (checkpoint
        ? `, consistent with the checkpoint of ${checkpoint.at}`
        : ` (no checkpoint yet in ${checkpointFile})`),
  );
  return 0;
});
