import { Inject, Injectable } from '@nestjs/common';
import { type AuditEntryView, type AuditVerification, auditActionLabel } from '@ou-listening/shared';
import { Clock } from '../common/clock.js';
import type { Actor } from '../common/current-user.decorator.js';
import { csvCell } from '../common/csv.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { AuditCheckpointJob } from './audit-checkpoint.job.js';
import { AUDIT_KEY } from './audit-key.js';
import { type AuditLogFilter, AuditLogRepository } from './audit-log.repository.js';
import { verifyAuditLog } from './audit-verification.js';
import { AuditService, byActor } from './audit.service.js';

const CSV_HEADER = [
  'id',
  'at_utc',
  'at_uk',
  'actor_name',
  'actor_email',
  'action',
  'action_label',
  'target_type',
  'target_id',
  'target_name',
  'details',
  'ip',
  'hash',
];

const UK_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The audit log as admins read it: pages with names, a CSV of a filter, one target's history, and verification. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly log: AuditLogRepository,
    private readonly audit: AuditService,
    private readonly checkpoints: AuditCheckpointJob,
    private readonly clock: Clock,
    @Inject(AUDIT_KEY) private readonly key: Buffer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(filter: AuditLogFilter, limit: number): Promise<{ items: AuditEntryView[]; nextCursor: string | null }> {
    const items = await this.log.page(filter, limit);
    return { items, nextCursor: items.length === limit ? (items.at(-1)?.id ?? null) : null };
  }

  forTarget(targetType: string, targetId: string): Promise<AuditEntryView[]> {
    return this.log.forTarget(targetType, targetId);
  }

  /** Every row the filter matches, newest first, as CSV lines (header first); spreadsheet formulas defused. */
  async *csv(filter: Omit<AuditLogFilter, 'beforeId'>): AsyncGenerator<string> {
    yield `${CSV_HEADER.join(',')}\r\n`;
    for await (const row of this.log.all(filter)) {
      const cells = [
        row.id,
        row.at,
        UK_TIME.format(new Date(row.at)).replace(',', ''),
        row.actorName,
        row.actorEmail,
        row.action,
        auditActionLabel(row.action, row.details),
        row.targetType,
        row.targetId,
        row.targetName,
        JSON.stringify(row.details),
        row.ip,
        row.hash,
      ];
      yield `${cells.map(csvCell).join(',')}\r\n`;
    }
  }

  /** Runs `npm run audit:verify`'s check and records who ran it (after the check, so it covers the chain as found). */
  async verify(actor: Actor): Promise<AuditVerification> {
    const verification = await verifyAuditLog({
      audit: this.audit,
      checkpoints: this.checkpoints,
      key: this.key,
      checkpointFile: this.config.audit.checkpointFile,
      now: this.clock.now(),
    });
    await this.audit.record({
      action: 'audit.verify',
      ...byActor(actor),
      details: { ok: verification.ok, rows: verification.rows, firstBadId: verification.firstBadId },
    });
    return verification;
  }
}
