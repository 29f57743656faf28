import { Injectable } from '@nestjs/common';
import type { CategoryCode, EvidenceSnapshot, Severity } from '@ou-listening/shared';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { MentionToEscalateNotFound } from './escalations.errors.js';
import { EscalationsRepository } from './escalations.repository.js';
import { evidenceHash } from './evidence.js';

export type RaiseEscalation = {
  mentionId: string;
  reason: string;
  severity: Severity;
  actor: { id: string | null; email: string; ip?: string };
};

@Injectable()
export class EscalationsService {
  constructor(
    private readonly escalations: EscalationsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Opens an escalation with a snapshot of the evidence as it stands now, inside the caller's
   * transaction (the one that changes the mention's status). Call notifyRaised() after commit.
   */
  async raise(tx: EntityManager, input: RaiseEscalation): Promise<{ id: string }> {
    const mention = await this.escalations.mentionForEvidence(input.mentionId, tx);
    if (!mention) throw new MentionToEscalateNotFound(input.mentionId);
    const snapshot: EvidenceSnapshot = {
      platform: mention.platform,
      externalId: mention.externalId,
      url: mention.url,
      text: mention.text,
      authorId: mention.authorId,
      authorHandle: mention.authorHandle,
      authorName: mention.authorName,
      postedAt: mention.postedAt,
      classifications: mention.classifications,
      capturedAt: this.clock.now().toISOString(),
      capturedBy: { id: input.actor.id, email: input.actor.email },
    };
    const categories = mention.classifications.map((c) => c.category) as CategoryCode[];
    const id = await this.escalations.insert(
      {
        mentionId: input.mentionId,
        raisedBy: input.actor.id,
        reason: input.reason,
        severity: input.severity,
        categories,
        evidence: snapshot,
        evidenceSha256: evidenceHash(snapshot),
      },
      tx,
    );
    await this.audit.record(
      {
        action: 'escalation.create',
        actorId: input.actor.id,
        actorEmail: input.actor.email,
        targetType: 'escalation',
        targetId: id,
        details: { mentionId: input.mentionId, severity: input.severity, categories },
        ip: input.actor.ip,
      },
      tx,
    );
    return { id };
  }
}
