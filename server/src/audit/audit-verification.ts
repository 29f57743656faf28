import type { AuditVerification } from '@ou-listening/shared';
import type { AuditCheckpointJob } from './audit-checkpoint.job.js';
import { latestCheckpoint } from './audit-checkpoints.js';
import type { AuditService } from './audit.service.js';

/**
 * The check `npm run audit:verify` runs, for the command and for the Audit log page's "Verify chain"
 * button alike: the latest checkpoint's signature, every row's keyed hash, and that the chain still
 * reaches that checkpoint. When all is well a new checkpoint is written, as the command always did.
 */
export async function verifyAuditLog(deps: {
  audit: AuditService;
  checkpoints: AuditCheckpointJob;
  key: Buffer;
  checkpointFile: string;
  now: Date;
}): Promise<AuditVerification> {
  const checkedAt = deps.now.toISOString();
  const latest = latestCheckpoint(deps.checkpointFile, deps.key);
  if (latest.status === 'forged')
    return {
      ok: false,
      rows: 0,
      checkpointAt: null,
      firstBadId: null,
      message: `Audit checkpoint at line ${latest.line} of ${deps.checkpointFile} is not signed with the audit key`,
      checkedAt,
    };
  const checkpoint = latest.status === 'valid' ? latest.checkpoint : undefined;
  const verdict = await deps.audit.verify(checkpoint);
  if (!verdict.ok)
    return {
      ok: false,
      rows: verdict.rows,
      checkpointAt: checkpoint?.at ?? null,
      firstBadId: verdict.firstBadId,
      message: `Audit chain broken at row ${verdict.firstBadId ?? '-'}: ${verdict.problem}`,
      checkedAt,
    };
  await deps.checkpoints.write();
  return {
    ok: true,
    rows: verdict.rows,
    checkpointAt: checkpoint?.at ?? null,
    firstBadId: null,
    message:
      `Audit chain intact: ${verdict.rows - (verdict.prunedRows ?? 0)} rows verified` +
      (verdict.prunedRows ? ` from the signed anchor after ${verdict.prunedRows} pruned rows` : '') +
      (verdict.erasedTexts ? `, ${verdict.erasedTexts} texts blanked by erasures` : '') +
      (checkpoint
        ? `, consistent with the checkpoint of ${checkpoint.at}`
        : ` (no checkpoint yet in ${deps.checkpointFile})`),
    checkedAt,
  };
}
