import { Inject, Injectable, Logger } from '@nestjs/common';
import type { RetentionCounts, RetentionOverview } from '@ou-listening/shared';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { RETENTION_CLASSES } from '../config/retention-schedule.js';
import { type AfterDelete, type MentionClass, PrivacyRepository } from './privacy.repository.js';

// pg_try_advisory_lock(PRIVACY_LOCK_CLASS, n): one replica runs each privacy job.
export const PRIVACY_LOCK_CLASS = 7_404_018;
export const RETENTION_LOCK_ID = 1;

/** Sign-in throttle windows last 15 minutes; a day later nothing can depend on them. */
const DAY_MS = 24 * 60 * 60_000;
const THROTTLE_SPENT_AFTER_MS = DAY_MS;

const MENTION_CLASSES: MentionClass[] = ['harmless', 'flagged', 'acted', 'closedCase'];

export type RetentionResult = { dryRun: boolean; counts: RetentionCounts } | { skipped: 'locked' };

/**
 * The retention schedule: what is due by the configured days, deleted in batches. A pass writes one
 * audit row with the counts per class, never the rows themselves.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly privacy: PrivacyRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async overview(): Promise<RetentionOverview> {
    const { days } = this.config.retention;
    const [runs, deletionChecks, suppressed] = await Promise.all([
      this.privacy.recentRuns(10),
      this.privacy.recentChecks(20),
      this.privacy.suppressionTotals(),
    ]);
    return {
      classes: RETENTION_CLASSES.map((c) => ({
        key: c.key,
        label: c.label,
        variable: c.variable,
        days: days[c.key],
        from: c.from,
      })),
      kept: ['Posts under an open case: for as long as the case is open', 'Anything under a legal hold'],
      runs,
      deletionChecks,
      suppressedAuthors: suppressed.authors,
      suppressedPosts: suppressed.posts,
    };
  }

  async ranWithin(ms: number): Promise<boolean> {
    const last = await this.privacy.lastStart();
    return last !== null && this.clock.now().getTime() - last.getTime() < ms;
  }

  /** What a pass would delete now, without deleting anything. */
  async dryRun(): Promise<RetentionCounts> {
    const now = this.clock.now();
    const { days } = this.config.retention;
    const counts = this.emptyCounts();
    for (const klass of MENTION_CLASSES) counts[klass] = await this.privacy.countDueMentions(klass, now, days[klass]);
    counts.closedCase += await this.privacy.countDueOrphanCases(now, days.closedCase);
    counts.rawPayload = await this.privacy.countDueQuarantine(now, days.rawPayload);
    counts.auditLog = await this.audit.countDue(new Date(now.getTime() - days.auditLog * DAY_MS));
    counts.signInThrottle = await this.privacy.countSpentThrottles(new Date(now.getTime() - THROTTLE_SPENT_AFTER_MS));
    return counts;
  }

  /** One pass, unless another replica is running one. */
  async run(options: { dryRun?: boolean } = {}): Promise<RetentionResult> {
    if (options.dryRun) return { dryRun: true, counts: await this.dryRun() };
    const result = await this.privacy.withJobLock(PRIVACY_LOCK_CLASS, RETENTION_LOCK_ID, () => this.runLocked());
    return result ? { dryRun: false, counts: result } : { skipped: 'locked' };
  }

  private async runLocked(): Promise<RetentionCounts> {
    const now = this.clock.now();
    const { days, batchSize } = this.config.retention;
    const runId = await this.privacy.startRun(now);
    const counts = this.emptyCounts();
    let auditTexts = 0;
    let error: string | null = null;
    try {
      // Staff free text in the audit log about a deleted post or case (a hide reason, a note that
      // names someone) goes with it; the rows themselves stay, as the record of who did what.
      const blankTexts: AfterDelete = async (deleted, tx) => {
        auditTexts += await this.audit.recordErasure(
          {
            action: 'privacy.erase_expired',
            targetType: 'retention_run',
            targetId: runId,
            details: { mentions: deleted.mentionIds.length, escalations: deleted.escalationIds.length },
          },
          { ...deleted, needles: [] },
          now,
          tx,
          { onlyIfAny: true },
        );
      };
      for (const klass of MENTION_CLASSES) {
        for (let n; (n = await this.privacy.deleteDueMentions(klass, now, days[klass], batchSize, blankTexts)) > 0;)
          counts[klass] += n;
      }
      for (let n; (n = await this.privacy.deleteDueOrphanCases(now, days.closedCase, batchSize, blankTexts)) > 0;)
        counts.closedCase += n;
      for (let n; (n = await this.privacy.deleteDueQuarantine(now, days.rawPayload, batchSize)) > 0;)
        counts.rawPayload += n;
      // Oldest first behind a signed anchor, so `npm run audit:verify` still passes (AuditService.prune).
      counts.auditLog = await this.audit.prune(
        new Date(now.getTime() - days.auditLog * DAY_MS),
        batchSize,
        await this.privacy.heldTargets(),
      );
      counts.signInThrottle = await this.privacy.deleteSpentThrottles(
        new Date(now.getTime() - THROTTLE_SPENT_AFTER_MS),
      );
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    await this.privacy.finishRun(runId, this.clock.now(), counts, error);
    await this.audit.record({
      action: 'privacy.retention_run',
      targetType: 'retention_run',
      targetId: runId,
      details: { counts, auditTexts, days, ...(error ? { error } : {}) },
    });
    const line = Object.entries(counts)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    if (error) this.logger.error(`retention run ${runId} stopped: ${error} (${line})`);
    else this.logger.log(`retention run ${runId}: ${line}`);
    if (error) throw new Error(error);
    return counts;
  }

  private emptyCounts(): RetentionCounts {
    return { harmless: 0, flagged: 0, acted: 0, closedCase: 0, rawPayload: 0, auditLog: 0, signInThrottle: 0 };
  }
}
