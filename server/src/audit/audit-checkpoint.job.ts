import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '../common/clock.js';
import { IntervalJob } from '../common/interval-job.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { appendCheckpoint, type Checkpoint, signCheckpoint } from './audit-checkpoints.js';
import { AUDIT_KEY } from './audit-key.js';
import { AuditRepository } from './audit.repository.js';

/**
 * Writes a signed checkpoint of the audit chain (row count and head hash) to AUDIT_CHECKPOINT_FILE
 * and to the log, every AUDIT_CHECKPOINT_MINUTES when the log has grown, and at shutdown. Each
 * replica keeps its own file; any of them is enough for `npm run audit:verify` to catch a tail
 * that was cut off.
 */
@Injectable()
export class AuditCheckpointJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('AuditCheckpoint');
  private readonly job: IntervalJob;
  private lastHeadId: string | null | undefined;

  constructor(
    private readonly audit: AuditRepository,
    registry: SchedulerRegistry,
    private readonly clock: Clock,
    @Inject(AUDIT_KEY) private readonly key: Buffer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.job = new IntervalJob(registry, 'audit-checkpoint', this.logger, 'audit checkpoint', () => this.write());
  }

  /** Signs and records the chain's head; does nothing when it has not moved since the last checkpoint. */
  async write(): Promise<Checkpoint | undefined> {
    const head = await this.audit.head();
    if (head.headId === this.lastHeadId) return undefined;
    const checkpoint = signCheckpoint(head, this.clock.now(), this.key);
    appendCheckpoint(this.config.audit.checkpointFile, checkpoint);
    this.lastHeadId = head.headId;
    this.logger.log(
      `audit checkpoint: ${checkpoint.rows} rows, head ${checkpoint.headId ?? '-'} ${checkpoint.headHash ?? '-'} mac ${checkpoint.mac}`,
    );
    return checkpoint;
  }

  onApplicationBootstrap(): void {
    const minutes = this.config.audit.checkpointMinutes;
    if (minutes > 0 && this.config.nodeEnv !== 'test') this.job.start(minutes * 60_000, 30_000);
  }

  /** Before shutdown, not at it: the database connection closes in the shutdown hooks. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.job.stop();
    await this.job.tick();
  }
}
