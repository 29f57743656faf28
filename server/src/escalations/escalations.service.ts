import { Inject, Injectable } from '@nestjs/common';
import {
  CATEGORY_INFO,
  type CaseClock,
  type CaseTimelineEntry,
  caseDueAt,
  type CategoryCode,
  isUrgentCategory,
  type EscalationCounts,
  type EscalationDetail,
  type EscalationExport,
  type EscalationSummary,
  type EvidenceSnapshot,
  type MentionNote,
  type Role,
  SEVERITIES,
  type Severity,
  type UpdateEscalationRequest,
  type UrgentCategory,
} from '@ou-listening/shared';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ReportsService } from '../reports/reports.service.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { actorEntry, AuditService, byActor } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { caseTimeline } from './case-timeline.js';
import {
  CaseAlreadyClosed,
  CaseNotClosed,
  CaseNotYours,
  EscalationChanged,
  EscalationNotFound,
  InvalidCaseChange,
  MentionToEscalateNotFound,
} from './escalations.errors.js';
import {
  type EscalationFilter,
  type EscalationRecord,
  type EscalationRow,
  EscalationsRepository,
} from './escalations.repository.js';
import { evidenceHash, evidenceVerified } from './evidence.js';

/** The line the safeguarding contact reads first: what kind of danger, and for a threat, the police. */
/** A stale version found inside a case's transaction (see changeCase). */
class StaleCase extends Error {}

const DANGER_NOTE: Readonly<Record<UrgentCategory, string>> = {
  safeguarding: 'It is flagged as a possible safeguarding emergency.',
  threat:
    'It is flagged as a possible threat to the safety of staff or students: if the threat is specific and imminent, call the police on 999.',
};

export type RaiseEscalation = {
  mentionId: string;
  reason: string;
  severity: Severity;
  actor: { id: string | null; email: string; ip?: string };
};

/** Who is opening a case: their role decides which cases they may. */
export type CaseViewer = { id: string; role: Role };

@Injectable()
export class EscalationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly escalations: EscalationsRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly reports: ReportsService,
    private readonly auditLog: AuditLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Age, time to acknowledge and the target for the case's severity, as of now. */
  private clockOf(
    row: Pick<EscalationRow, 'severity' | 'createdAt' | 'closedAt'> & { acknowledgedAt: string | null },
    now = this.clock.now(),
  ): CaseClock {
    const target = this.config.caseTargets[row.severity];
    const raised = new Date(row.createdAt);
    const due = caseDueAt(raised, target);
    const acknowledged = row.acknowledgedAt ? new Date(row.acknowledgedAt) : null;
    const ageEnd = row.closedAt ? new Date(row.closedAt) : now;
    return {
      target,
      dueAt: due.toISOString(),
      acknowledgedAt: row.acknowledgedAt,
      secondsToAcknowledge: acknowledged ? Math.round((acknowledged.getTime() - raised.getTime()) / 1000) : null,
      ageSeconds: Math.max(0, Math.round((ageEnd.getTime() - raised.getTime()) / 1000)),
      overdue: acknowledged ? acknowledged > due : now > due,
    };
  }

  private summarise(row: EscalationRow, now?: Date): EscalationSummary {
    const { acknowledgedAt: _acknowledgedAt, closedAt: _closedAt, ...summary } = row;
    return { ...summary, clock: this.clockOf(row, now) };
  }

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
    // A public report's screenshots join the snapshot by their SHA-256, so its hash covers them (issue 17).
    const fromReport = await this.reports.evidenceFor(input.mentionId, tx);
    if (fromReport) Object.assign(snapshot, fromReport);
    const categories = mention.classifications.map((c) => c.category) as CategoryCode[];
    const snapshotHash = evidenceHash(snapshot);
    const id = await this.escalations.insert(
      {
        mentionId: input.mentionId,
        raisedBy: input.actor.id,
        reason: input.reason,
        severity: input.severity,
        categories,
        evidence: snapshot,
        evidenceSha256: snapshotHash,
      },
      tx,
    );
    await this.audit.record(
      // The hash goes into the keyed, chained audit row too: a snapshot rewritten with a hash to match
      // no longer matches the hash recorded when the case was raised.
      actorEntry(input.actor, 'escalation.create', 'escalation', id, {
        mentionId: input.mentionId,
        severity: input.severity,
        categories,
        evidenceSha256: snapshotHash,
      }),
      tx,
    );
    return { id };
  }

  /**
   * Tells the discipline officers (and, for safeguarding or a threat, the Safeguarding Referrals
   * Team) that a case is waiting. Call after the transaction that raised it has committed. Urgent,
   * safeguarding and threat escalations are sent at once and say so in the subject; the rest wait
   * for the digest.
   */
  async notifyRaised(id: string): Promise<void> {
    const escalation = await this.escalations.find(id);
    if (!escalation) throw new EscalationNotFound(id);
    const danger = escalation.categories.filter(isUrgentCategory);
    const labels = escalation.categories.map((c) => CATEGORY_INFO[c].label).join(', ') || 'none';
    const urgent = escalation.severity === 'urgent' || danger.length > 0;
    const flag = urgent ? 'URGENT: ' : '';
    const flagged = danger.map((c) => `, ${c}`).join('');
    const subject = `[OU Social Listening] ${flag}Escalation #${id} (${escalation.severity}${flagged})`;
    const summary =
      `A mention of the Open University was escalated for the discipline officers.\n` +
      `Severity: ${escalation.severity}. Policy categories: ${labels}.`;
    await this.notifications.notify({
      kind: 'escalation',
      audience: 'discipline',
      subject,
      summary,
      path: `/escalations/${id}`,
      escalationId: id,
      send: urgent ? 'now' : 'digest',
    });
    if (danger.length > 0)
      await this.notifications.notify({
        kind: 'escalation',
        audience: 'safeguarding',
        subject,
        summary: `${summary}\n${danger.map((c) => DANGER_NOTE[c]).join('\n')}`,
        path: `/escalations/${id}`,
        escalationId: id,
        send: 'now',
      });
  }

  async list(filter: EscalationFilter): Promise<EscalationSummary[]> {
    const now = this.clock.now();
    return (await this.escalations.list(filter)).map((row) => this.summarise(row, now));
  }

  async counts(): Promise<EscalationCounts> {
    const counts: EscalationCounts = {
      open: 0,
      acknowledged: 0,
      closed: 0,
      bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as EscalationCounts['bySeverity'],
      oldestWaitingSince: null,
      overdue: 0,
      urgent: 0,
    };
    for (const row of await this.escalations.counts()) {
      counts[row.status] += row.n;
      if (row.status !== 'closed') counts.bySeverity[row.severity] += row.n;
    }
    counts.urgent = counts.bySeverity.urgent;
    const now = this.clock.now();
    let oldest: Date | null = null;
    for (const row of await this.escalations.unclosedClocks()) {
      const clock = this.clockOf(
        {
          severity: row.severity,
          createdAt: row.created_at.toISOString(),
          closedAt: null,
          acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
        },
        now,
      );
      if (clock.overdue) counts.overdue += 1;
      if (!row.acknowledged_at && (!oldest || row.created_at < oldest)) oldest = row.created_at;
    }
    counts.oldestWaitingSince = oldest?.toISOString() ?? null;
    return counts;
  }

  /**
   * A case as `viewer` may see it: discipline officers and admins see every case, comms only the
   * cases they raised (need to know: outcomes and officers' notes are not the queue's business).
   */
  async getFor(id: string, viewer: CaseViewer): Promise<EscalationDetail> {
    return this.detailOf(await this.mayOpen(id, viewer));
  }

  async timelineFor(id: string, viewer: CaseViewer): Promise<CaseTimelineEntry[]> {
    await this.mayOpen(id, viewer);
    return this.timelineOf(id);
  }

  /** The case, if `viewer` may open it. */
  private async mayOpen(id: string, viewer: CaseViewer): Promise<EscalationRecord> {
    const found = await this.found(id);
    if (viewer.role === 'comms' && found.raisedBy?.id !== viewer.id) throw new CaseNotYours();
    return found;
  }

  private async found(id: string): Promise<EscalationRecord> {
    const found = await this.escalations.find(id);
    if (!found) throw new EscalationNotFound(id);
    return found;
  }

  async get(id: string): Promise<EscalationDetail> {
    return this.detailOf(await this.found(id));
  }

  private async detailOf(found: EscalationRecord): Promise<EscalationDetail> {
    const { acknowledgedAt: _acknowledgedAt, ...record } = found;
    return {
      ...record,
      clock: this.clockOf(found),
      evidenceVerified: await this.verified(record.id, record.evidence, record.evidenceSha256),
      notes: await this.escalations.notes(record.id),
    };
  }

  /** Acknowledge, assign, close: only forward, closing needs an outcome, and a stale version is refused. */
  async update(
    id: string,
    change: UpdateEscalationRequest,
    actor: { id: string; email: string; ip?: string },
  ): Promise<EscalationDetail> {
    await this.changeCase(id, async (tx) => {
      const current = await this.atVersion(id, change.version, tx);
      this.checkChange(current, change);
      if (change.assigneeId && !(await this.escalations.isCaseworker(change.assigneeId, tx)))
        throw new InvalidCaseChange('A case can only be assigned to an active discipline officer or admin');
      const { version, ...changes } = change;
      if (!(await this.escalations.update(id, version, changes, tx))) throw new StaleCase();
      // The outcome note is free text: kept beside the audit row, where an erasure can blank it.
      const { outcomeNote, ...audited } = changes;
      await this.audit.record(
        {
          action: change.status === 'closed' ? 'escalation.close' : 'escalation.update',
          ...byActor(actor),
          targetType: 'escalation',
          targetId: id,
          details: { from: { status: current.status, assigneeId: current.assignee?.id ?? null }, changes: audited },
          texts: outcomeNote === undefined ? undefined : { outcomeNote },
        },
        tx,
      );
    });
    return this.get(id);
  }

  /** A note on the case (audited); kept without the white space around it. */
  async addNote(id: string, body: string, actor: CaseViewer & { email: string; ip?: string }): Promise<MentionNote> {
    await this.mayOpen(id, actor);
    const noteId = await this.dataSource.transaction(async (tx) => {
      const created = await this.escalations.addNote(id, actor.id, body.trim(), tx);
      await this.audit.record(actorEntry(actor, 'escalation.note', 'escalation', id, { noteId: created }), tx);
      return created;
    });
    const notes = await this.escalations.notes(id);
    return notes.find((n) => n.id === noteId)!;
  }

  /** The case, read in `tx`, if it is still at the version the caller saw. */
  private async atVersion(id: string, version: number, tx: EntityManager): Promise<EscalationRecord> {
    const current = await this.escalations.find(id, tx);
    if (!current) throw new EscalationNotFound(id);
    if (current.version !== version) throw new StaleCase();
    return current;
  }

  /**
   * One change to a case in one transaction. A stale version is answered with the case as it
   * stands, read once the transaction has ended: read inside it, each request of a burst that lost
   * the race would hold one pooled connection while waiting for a second, and enough of them at
   * once would leave none for anyone.
   */
  private async changeCase(id: string, work: (tx: EntityManager) => Promise<void>): Promise<void> {
    try {
      await this.dataSource.transaction(work);
    } catch (error) {
      if (error instanceof StaleCase) throw new EscalationChanged(await this.get(id));
      throw error;
    }
  }

  /** Back from closed, with a reason (trimmed): the old outcome stays in the audit log and the timeline. */
  async reopen(
    id: string,
    change: { reason: string; version: number },
    actor: { id: string; email: string; ip?: string },
  ): Promise<EscalationDetail> {
    await this.changeCase(id, async (tx) => {
      const current = await this.atVersion(id, change.version, tx);
      if (current.status !== 'closed') throw new CaseNotClosed();
      if (!(await this.escalations.reopen(id, change.version, tx))) throw new StaleCase();
      await this.audit.record(
        {
          action: 'escalation.reopen',
          ...byActor(actor),
          targetType: 'escalation',
          targetId: id,
          // The reason and the old outcome note are free text: kept beside the row, where an erasure can blank them.
          details: { from: { status: current.status, outcome: current.outcome } },
          texts: { reason: change.reason.trim(), previousOutcomeNote: current.outcomeNote ?? null },
        },
        tx,
      );
    });
    return this.get(id);
  }

  /** What happened to the case, oldest first, in words with names: its audit rows, notes and notifications. */
  async timeline(id: string): Promise<CaseTimelineEntry[]> {
    await this.found(id);
    return this.timelineOf(id);
  }

  private async timelineOf(id: string): Promise<CaseTimelineEntry[]> {
    const [rows, notes, notifications] = await Promise.all([
      this.auditLog.forTarget('escalation', id),
      this.escalations.notes(id),
      this.escalations.notifications(id),
    ]);
    const assignees = rows
      .map((r) => (r.details.changes as { assigneeId?: unknown } | undefined)?.assigneeId)
      .filter((v): v is string => typeof v === 'string');
    const names = await this.escalations.displayNames([...new Set(assignees)]);
    return caseTimeline({ rows, notes, notifications, names });
  }

  /** A printable copy was opened (audited, as an export is): every copy of a case leaves a trace. */
  async recordPrint(id: string, actor: { id: string; email: string; ip?: string }): Promise<void> {
    await this.found(id);
    await this.audit.record({ action: 'escalation.print', ...byActor(actor), targetType: 'escalation', targetId: id });
  }

  /** The case for the discipline file: evidence, its hash and whether it still verifies, its notes and timeline. */
  async exportCase(id: string, actor: { id: string; email: string; ip?: string }): Promise<EscalationExport> {
    const record = await this.found(id);
    await this.audit.record({
      action: 'escalation.export',
      ...byActor(actor),
      targetType: 'escalation',
      targetId: id,
    });
    const {
      evidence,
      evidenceSha256,
      legalHold,
      mention: _mention,
      acknowledgedAt: _acknowledgedAt,
      ...escalation
    } = record;
    return {
      escalation: { ...escalation, clock: this.clockOf(record) },
      legalHold,
      notes: await this.escalations.notes(id),
      timeline: await this.timelineOf(id),
      evidence,
      evidenceSha256,
      evidenceVerified: await this.verified(id, evidence, evidenceSha256),
      hashAlgorithm: 'SHA-256 over the canonical JSON of the evidence (object keys sorted, UTF-8, no whitespace)',
      exportedAt: this.clock.now().toISOString(),
      exportedBy: actor.email,
    };
  }

  /**
   * The snapshot matches its hash, the hash is the one the audit log recorded when the case was
   * raised (cases raised before it was recorded there have only the first check), and any
   * screenshots it names still have the bytes that were hashed.
   */
  private async verified(id: string, evidence: EvidenceSnapshot, sha256: string): Promise<boolean> {
    if (!evidenceVerified(evidence, sha256)) return false;
    const raised = (await this.auditLog.forTarget('escalation', id)).find((r) => r.action === 'escalation.create');
    const recorded = raised?.details.evidenceSha256;
    if (recorded !== undefined && recorded !== sha256) return false;
    return this.reports.screenshotsIntact(evidence.screenshots);
  }

  private checkChange(current: EscalationRecord, change: UpdateEscalationRequest): void {
    if (current.status === 'closed') throw new CaseAlreadyClosed();
    // A change of nothing would still take a version and write an audit row: said, not done.
    if (change.status === undefined && change.assigneeId === undefined && change.outcome === undefined)
      throw new InvalidCaseChange('Nothing to change: give a status, an assignee or an outcome');
    if (change.status === 'open' && current.status !== 'open')
      throw new InvalidCaseChange('A case cannot go back to open once acknowledged');
    const closing = change.status === 'closed';
    if (closing && !change.outcome) throw new InvalidCaseChange('Closing a case needs an outcome');
    if (!closing && (change.outcome !== undefined || change.outcomeNote !== undefined))
      throw new InvalidCaseChange('An outcome is recorded when the case is closed (status: closed)');
  }
}
