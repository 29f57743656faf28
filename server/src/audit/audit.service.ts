import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Checkpoint } from './audit-checkpoints.js';
import { AUDIT_KEY } from './audit-key.js';
import { AuditLifecycleRepository, type Kept, type TextsAbout } from './audit-lifecycle.repository.js';
import { anchorMac } from './audit-prune.js';
import { AuditRepository } from './audit.repository.js';
import type { AuditEntry } from './audit.types.js';
import { type ChainVerdict, verifyChain } from './verify-chain.js';
import { verifyTexts } from './verify-texts.js';

/** Who did it, as an audit row names them: the signed-in person's id and email, and their address. */
export function byActor(actor: { id: string | null; email: string; ip?: string }) {
  return { actorId: actor.id, actorEmail: actor.email, ip: actor.ip };
}

/** What a signed-in person did to one target, as an audit row: the action, who, the target and what to keep about it. */
export function actorEntry(
  actor: { id: string | null; email: string; ip?: string },
  action: string,
  targetType: string,
  targetId: string | null,
  details: Record<string, unknown>,
): AuditEntry {
  return { ...byActor(actor), action, targetType, targetId, details };
}

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
    private readonly lifecycle: AuditLifecycleRepository,
    @Inject(AUDIT_KEY) private readonly key: Buffer,
  ) {}

  /**
   * How an audit row names a person on a platform: a keyed hash, never their id, so an erasure
   * leaves nothing of them in the append-only log (which it cannot rewrite) while rows about the
   * same person still share one target.
   */
  personRef(platform: string, authorId: string): string {
    return createHmac('sha256', this.key)
      .update(`ou-listening/audit-person/v1\0${platform}\0${authorId}`)
      .digest('hex');
  }

  /**
   * Appends one row and returns its id. Pass the EntityManager of the transaction that makes the
   * change, so the change and its audit row commit or roll back together.
   */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<string> {
    if (manager?.queryRunner?.isTransactionActive) return this.audit.append(entry, this.key, manager);
    return this.dataSource.transaction((tx) => this.audit.append(entry, this.key, tx));
  }

  /**
   * Records an erasure and blanks, in the same transaction, every free text in the log about the
   * erased posts and cases or naming the person. The erasure's row counts the texts it blanked
   * (details.erasedTexts), which is how `audit:verify` tells an erasure from a text blanked by hand.
   * `onlyIfAny`: record nothing when there is nothing to blank.
   */
  async recordErasure(
    entry: AuditEntry,
    about: TextsAbout,
    at: Date,
    tx: EntityManager,
    { onlyIfAny = false }: { onlyIfAny?: boolean } = {},
  ): Promise<number> {
    const texts = await this.lifecycle.textsAbout(about, tx);
    // A routine deletion with nothing to blank (retention) need not add a row saying so.
    if (onlyIfAny && texts.length === 0) return 0;
    const id = await this.record({ ...entry, details: { ...entry.details, erasedTexts: texts.length } }, tx);
    await this.lifecycle.eraseTexts(texts, id, at, tx);
    return texts.length;
  }

  /** Rows a prune with this cutoff would delete. */
  countDue(cutoff: Date): Promise<number> {
    return this.lifecycle.countOlderThan(cutoff);
  }

  /**
   * Deletes rows older than `cutoff`, oldest first, `batchSize` at a time; each batch first records
   * a signed anchor so the chain still verifies from where it now starts. The chain can only lose
   * its oldest rows, so a row about a kept (held) post or case stops pruning there: it and every
   * later row stay. Returns the rows deleted.
   */
  async prune(cutoff: Date, batchSize: number, keep: Kept = { mentionIds: [], escalationIds: [] }): Promise<number> {
    let deleted = 0;
    for (;;) {
      const next = await this.lifecycle.nextPrune(cutoff, batchSize, keep);
      if (!next) return deleted;
      const before = (await this.lifecycle.latestAnchor())?.rowsPruned ?? 0;
      const fields = { throughId: next.throughId, throughHash: next.throughHash, rowsPruned: before + next.rows };
      deleted += await this.lifecycle.prune({ ...fields, mac: anchorMac(fields, this.key) }, cutoff);
    }
  }

  /**
   * Walks the whole log checking every row's keyed hash from the latest prune anchor, that it still
   * reaches the checkpoint if given one, and that the free text beside it is intact or was erased.
   */
  async verify(checkpoint?: Checkpoint): Promise<ChainVerdict> {
    const anchor = await this.lifecycle.latestAnchor();
    const chain = await verifyChain(this.audit.inOrder(), this.key, {
      checkpoint,
      anchor,
      unkeyedUntilId: await this.audit.unkeyedUntilId(),
    });
    if (!chain.ok) return chain;
    const texts = await verifyTexts(
      this.audit.inOrder(),
      this.key,
      (ids) => this.lifecycle.textsOf(ids),
      await this.lifecycle.erasedCounts(),
    );
    if (!texts.ok) return { ok: false, rows: chain.rows, firstBadId: texts.firstBadId, problem: texts.problem };
    return { ...chain, erasedTexts: texts.erased };
  }
}
