import { Inject, Injectable, Logger } from '@nestjs/common';
import type { SourceKind } from '@ou-listening/shared';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { ConnectorRegistry } from '../sources/connector-registry.js';
import type { SourceConnector } from '../sources/source-connector.js';
import { nextCheckAt } from './deletion-check-schedule.js';
import { PrivacyRepository } from './privacy.repository.js';
import { PRIVACY_LOCK_CLASS } from './retention.service.js';

/** Ids per look-up for a connector that does not say how many it takes. */
const DEFAULT_BATCH = 20;
// Lock ids under PRIVACY_LOCK_CLASS: 1 is retention; each platform's check takes 100 + its index.
const CHECK_LOCK_BASE = 100;

export type DeletionCheckResult = {
  platform: string;
  status: 'ok' | 'rate_limited' | 'failed' | 'locked';
  checked: number;
  removed: number;
  keptHeld: number;
  error: string | null;
};

/**
 * Platform deletions (issue 18 §5): re-checks the stored posts of the last DELETION_CHECK_DAYS with
 * each platform whose connector offers checkDeletions, in the platform's batch size, and removes what
 * is gone. A held case keeps its evidence snapshot, marked deleted on the platform.
 */
@Injectable()
export class PlatformDeletionsService {
  private readonly logger = new Logger('PlatformDeletions');

  constructor(
    private readonly privacy: PrivacyRepository,
    private readonly registry: ConnectorRegistry,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The platforms this server can check: connectors that are configured and implement the port. */
  checkable(): SourceKind[] {
    return this.registry.kinds().filter((kind) => {
      const connector = this.registry.find(kind);
      return connector?.configured === true && typeof connector.checkDeletions === 'function';
    });
  }

  /** Whether the platform's check is due: daily after a good one, sooner with backoff after a failure. */
  async isDue(kind: SourceKind): Promise<boolean> {
    const history = await this.privacy.recentCheckHistory(kind, 12);
    const due = nextCheckAt(history, this.config.retention.deletionCheckRetryMinutes * 60_000);
    return due === null || due.getTime() <= this.clock.now().getTime();
  }

  /** Runs the check of every platform that is due (the job's tick). */
  async runDue(): Promise<DeletionCheckResult[]> {
    const results: DeletionCheckResult[] = [];
    for (const kind of this.checkable()) if (await this.isDue(kind)) results.push(await this.run(kind));
    return results;
  }

  async runAll(only?: string): Promise<DeletionCheckResult[]> {
    const results: DeletionCheckResult[] = [];
    for (const kind of this.checkable()) if (!only || only === kind) results.push(await this.run(kind));
    return results;
  }

  async run(kind: SourceKind): Promise<DeletionCheckResult> {
    const connector = this.registry.find(kind);
    if (!connector?.checkDeletions) throw new Error(`No deletion check for ${kind}`);
    const lockId = CHECK_LOCK_BASE + this.registry.kinds().indexOf(kind);
    const result = await this.privacy.withJobLock(PRIVACY_LOCK_CLASS, lockId, () => this.runLocked(kind, connector));
    return result ?? { platform: kind, status: 'locked', checked: 0, removed: 0, keptHeld: 0, error: null };
  }

  private async runLocked(kind: SourceKind, connector: SourceConnector): Promise<DeletionCheckResult> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - this.config.retention.deletionCheckDays * 86_400_000);
    const size = connector.deletionBatchSize ?? DEFAULT_BATCH;
    const checkId = await this.privacy.startCheck(kind, now);
    const result: DeletionCheckResult = {
      platform: kind,
      status: 'ok',
      checked: 0,
      removed: 0,
      keptHeld: 0,
      error: null,
    };
    let after = '0';
    for (;;) {
      const posts = await this.privacy.recentPosts(kind, since, after, size);
      if (posts.length === 0) break;
      after = posts.at(-1)!.id;
      let answer;
      try {
        answer = await connector.checkDeletions!(posts.map((p) => p.externalId));
      } catch (error) {
        answer = {
          status: 'failed' as const,
          retryable: true,
          message: error instanceof Error ? error.message : String(error),
        };
      }
      if (answer.status === 'rate_limited') {
        Object.assign(result, { status: 'rate_limited', error: `rate limited until ${answer.retryAt.toISOString()}` });
        break;
      }
      if (answer.status === 'failed') {
        Object.assign(result, { status: 'failed', error: answer.message });
        break;
      }
      result.checked += posts.length;
      if (answer.gone.length > 0) {
        const asked = new Set(posts.map((p) => p.externalId));
        const removed = await this.privacy.removeGone(
          kind,
          answer.gone.filter((id) => asked.has(id)),
          this.clock.now(),
        );
        result.removed += removed.removed;
        result.keptHeld += removed.keptHeld;
      }
    }
    await this.privacy.finishCheck(checkId, this.clock.now(), {
      ...result,
      status: result.status === 'locked' ? 'failed' : result.status,
    });
    await this.audit.record({
      action: 'privacy.platform_deletions',
      targetType: 'deletion_check',
      targetId: checkId,
      details: {
        platform: kind,
        status: result.status,
        checked: result.checked,
        removed: result.removed,
        keptHeld: result.keptHeld,
      },
    });
    this.logger.log(
      `deletion check ${kind}: ${result.status} checked=${result.checked} removed=${result.removed} keptHeld=${result.keptHeld}`,
    );
    return result;
  }
}
