import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Checkpoint } from './audit-checkpoints.js';
import { AUDIT_KEY } from './audit-key.js';
import { AuditRepository } from './audit.repository.js';
import type { AuditEntry } from './audit.types.js';
import { type ChainVerdict, verifyChain } from './verify-chain.js';

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
    @Inject(AUDIT_KEY) private readonly key: Buffer,
  ) {}

  /**
   * Appends one row. Pass the EntityManager of the transaction that makes the change, so the
   * change and its audit row commit or roll back together.
   */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    if (manager?.queryRunner?.isTransactionActive) return this.audit.append(entry, this.key, manager);
    await this.dataSource.transaction((tx) => this.audit.append(entry, this.key, tx));
  }

  /** Walks the whole log checking every row's keyed hash and, given one, that it still reaches the checkpoint. */
  async verify(checkpoint?: Checkpoint): Promise<ChainVerdict> {
    return verifyChain(this.audit.inOrder(), this.key, {
      checkpoint,
      unkeyedUntilId: await this.audit.unkeyedUntilId(),
    });
  }
}
