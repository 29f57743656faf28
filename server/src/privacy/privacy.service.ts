import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthorRef, ErasureReport, LegalHoldView, SubjectAccessExport } from '@ou-listening/shared';
import { AuditService, byActor } from '../audit/audit.service.js';
import { AuthorsService } from '../authors/authors.service.js';
import { Clock } from '../common/clock.js';
import type { Actor } from '../common/current-user.decorator.js';
import {
  AuthorNotIdentified,
  CaseNotFound,
  HoldUnchanged,
  MentionToEraseNotFound,
  MentionUnderHold,
  NothingStoredUnderHandle,
} from './privacy.errors.js';
import { type AuthorMatch, PrivacyRepository } from './privacy.repository.js';
import { SuppressionService } from './suppression.service.js';

/**
 * What to look for in free text the audit log holds: the handles, and the author id when it is long
 * enough not to match unrelated text by chance (a short number would blank other people's notes).
 */
function textNeedles(needles: string[]): string[] {
  return needles.filter((n) => !/^\d+$/.test(n) || n.length >= 6);
}

/** Someone acting through the API, or the CLI acting on the operator's behalf. */
export type PrivacyActor = Actor | { id: null; email: string; ip?: undefined };

/** Legal holds, erasure and subject access. Every one writes its audit row; none writes a handle there. */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly privacy: PrivacyRepository,
    private readonly suppression: SuppressionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly authors: AuthorsService,
  ) {}

  async hold(id: string): Promise<LegalHoldView> {
    const history = await this.privacy.holdHistory(id);
    const current = await this.privacy.transaction((tx) => this.privacy.lockCase(id, tx));
    if (!current) throw new CaseNotFound(id);
    const pending = await this.privacy.pendingErasure(id);
    return {
      escalationId: id,
      held: current.legalHold,
      history,
      erasurePendingSince: pending?.requested_at ?? null,
      erased: false,
    };
  }

  /**
   * Puts a case on hold or releases it. Releasing a case an author erasure had to keep carries that
   * erasure out in the same transaction: the case and its post are deleted, and the answer says so.
   */
  async setHold(actor: Actor, id: string, held: boolean, reason: string): Promise<LegalHoldView> {
    const erased = await this.privacy.transaction(async (tx) => {
      const current = await this.privacy.lockCase(id, tx);
      if (!current) throw new CaseNotFound(id);
      if (current.legalHold === held) throw new HoldUnchanged(held);
      const now = this.clock.now();
      if (held) await this.privacy.setHold(id, reason, actor.id, now, tx);
      else await this.privacy.releaseHold(id, reason, actor.id, now, tx);
      await this.audit.record(
        {
          action: held ? 'escalation.hold' : 'escalation.release_hold',
          ...byActor(actor),
          targetType: 'escalation',
          targetId: id,
          texts: { reason },
        },
        tx,
      );
      return held ? false : this.eraseDeferred(actor, id, tx);
    });
    if (!erased) return this.hold(id);
    return { escalationId: id, held: false, history: [], erasurePendingSince: null, erased: true };
  }

  /** The erasure a hold kept from this case, now the hold is gone: true when it was carried out. */
  private async eraseDeferred(actor: Actor, id: string, tx: EntityManager): Promise<boolean> {
    const pending = await this.privacy.pendingErasure(id, tx);
    if (!pending) return false;
    const mentionIds = pending.mention_id ? [pending.mention_id] : [];
    const cases = mentionIds.length > 0 ? await this.privacy.casesOfMention(mentionIds[0]!, tx) : [];
    // Another case about the same post still held keeps the post (and that case) until its own release.
    if (cases.some((c) => c.held && c.id !== id)) {
      const escalations = await this.privacy.deleteCases([id], tx);
      await this.recordDeferred(actor, id, pending.author_hash, { escalations, mentions: 0 }, [], [id], tx);
      return true;
    }
    const caseIds = [...new Set([id, ...cases.map((c) => c.id)])];
    const escalations = await this.privacy.deleteCases(caseIds, tx);
    const mentions = await this.privacy.deleteMentions(mentionIds, tx);
    await this.recordDeferred(actor, id, pending.author_hash, { escalations, mentions }, mentionIds, caseIds, tx);
    return true;
  }

  private async recordDeferred(
    actor: Actor,
    id: string,
    authorHash: string,
    counts: { escalations: number; mentions: number },
    mentionIds: string[],
    escalationIds: string[],
    tx: EntityManager,
  ): Promise<void> {
    await this.audit.recordErasure(
      {
        action: 'privacy.erase_deferred',
        ...byActor(actor),
        targetType: 'author',
        targetId: authorHash,
        details: { releasedEscalationId: id, ...counts },
      },
      { mentionIds, escalationIds, needles: [] },
      this.clock.now(),
      tx,
    );
  }

  /**
   * Erases an author: their posts, the classifications, marks and notes on them, the cases about
   * them and quarantined payloads naming them; then suppresses their future posts. Cases under a
   * legal hold are kept and reported. The audit row carries the keyed hash, never the handle or id.
   */
  async eraseAuthor(actor: PrivacyActor, ref: AuthorRef): Promise<ErasureReport> {
    const author = await this.identify(ref);
    const hash = this.suppression.hashOf(author.platform, author.authorId!);
    return this.privacy.transaction(async (tx) => {
      const mentionIds = await this.privacy.authorMentionIds(author, tx);
      const handles = await this.privacy.handlesOf(mentionIds, tx);
      const cases = await this.privacy.authorCases(author, mentionIds, tx);
      const held = cases.filter((c) => c.held);
      const keptMentions = new Set(held.map((c) => c.mentionId).filter((id): id is string => id !== null));
      const erasedCases = cases.filter((c) => !c.held).map((c) => c.id);
      const erasedMentions = mentionIds.filter((id) => !keptMentions.has(id));
      const escalations = await this.privacy.deleteCases(erasedCases, tx);
      const mentions = await this.privacy.deleteMentions(erasedMentions, tx);
      // Trends' author-day rollup is keyed by handle: the author leaves it whole, held posts included
      // (a held post is evidence; its place in the top-authors chart is not).
      await this.privacy.deleteAuthorDays(author.platform, [author.handle, ...handles], tx);
      const needles = [...new Set([author.authorId, author.handle, ...handles].filter((n): n is string => !!n))];
      const quarantined = await this.privacy.deleteQuarantineNaming(author.platform, needles, tx);
      await this.privacy.suppress(hash, author.platform, tx);
      const accountRecords = await this.authors.forgetAuthor(author.platform, author.authorId!, tx);
      // The hold wins while it lasts; releasing it carries the erasure out (setHold).
      await this.privacy.deferErasure(
        held.map((c) => c.id),
        hash,
        actor.id,
        tx,
      );
      const report: ErasureReport = {
        authorHash: hash,
        mentions,
        escalations,
        quarantined,
        accountRecords,
        heldEscalationIds: held.map((c) => c.id),
        auditTexts: 0,
      };
      report.auditTexts = await this.audit.recordErasure(
        {
          action: 'privacy.erase_author',
          ...byActor(actor),
          targetType: 'author',
          targetId: hash,
          details: {
            platform: author.platform,
            mentions,
            escalations,
            quarantined,
            accountRecords,
            heldEscalationIds: report.heldEscalationIds,
          },
        },
        { mentionIds: erasedMentions, escalationIds: erasedCases, needles: textNeedles(needles) },
        this.clock.now(),
        tx,
      );
      return report;
    });
  }

  /** Erases one post (say, one that names a third party), unless a held case needs it. */
  async eraseMention(actor: PrivacyActor, id: string): Promise<ErasureReport> {
    return this.privacy.transaction(async (tx) => {
      const mention = await this.privacy.mentionPlatform(id, tx);
      if (!mention) throw new MentionToEraseNotFound(id);
      const cases = await this.privacy.casesOfMention(id, tx);
      const held = cases.filter((c) => c.held).map((c) => c.id);
      if (held.length > 0) throw new MentionUnderHold(held);
      const caseIds = cases.map((c) => c.id);
      const escalations = await this.privacy.deleteCases(caseIds, tx);
      const mentions = await this.privacy.deleteMentions([id], tx);
      const auditTexts = await this.audit.recordErasure(
        {
          action: 'privacy.erase_mention',
          ...byActor(actor),
          targetType: 'mention',
          targetId: id,
          details: { platform: mention.platform, escalations },
        },
        { mentionIds: [id], escalationIds: caseIds, needles: [] },
        this.clock.now(),
        tx,
      );
      return {
        authorHash: null,
        mentions,
        escalations,
        quarantined: 0,
        accountRecords: 0,
        heldEscalationIds: [],
        auditTexts,
      };
    });
  }

  /** Subject access: every row held about the author, as JSON. */
  async exportAuthor(actor: PrivacyActor, ref: AuthorRef): Promise<SubjectAccessExport> {
    const author = await this.identify(ref, { mustExist: false });
    const rows = await this.privacy.exportAuthor(author);
    // By handle alone, finding nothing is said plainly rather than answered with an empty file.
    if (
      !author.authorId &&
      rows.mentions.length === 0 &&
      rows.escalations.length === 0 &&
      rows.quarantined.length === 0
    )
      throw new NothingStoredUnderHandle(author.platform, author.handle ?? '');
    const hash = author.authorId ? this.suppression.hashOf(author.platform, author.authorId) : null;
    await this.audit.record({
      action: 'privacy.export_author',
      ...byActor(actor),
      targetType: 'author',
      targetId: hash,
      details: { platform: author.platform, mentions: rows.mentions.length, escalations: rows.escalations.length },
    });
    const records = author.authorId
      ? await this.authors.recordsAbout(author.platform, author.authorId)
      : { watchlist: [], accountReports: [] };
    return {
      platform: author.platform,
      authorId: author.authorId,
      exportedAt: this.clock.now().toISOString(),
      suppressed: hash ? await this.privacy.isSuppressed(hash) : false,
      ...rows,
      ...records,
    };
  }

  /** An author id is needed for the suppression hash: given, or found from the handle in stored posts. */
  private async identify(ref: AuthorRef, options: { mustExist?: boolean } = {}): Promise<AuthorMatch> {
    const handle = ref.handle?.replace(/^@/, '') || null;
    if (!ref.authorId && !handle) throw new AuthorNotIdentified('Give the author id or the handle');
    const ids = handle ? await this.privacy.authorIdsForHandle(ref.platform, handle) : [];
    if (ref.authorId) {
      // Both given: they must be one person, or one would be erased and the other suppressed.
      if (ids.length > 0 && !ids.includes(ref.authorId))
        throw new AuthorNotIdentified(
          `The handle @${handle} belongs to a different author id on ${ref.platform} than the one given; ` +
            'give the author id alone, or the handle alone',
        );
      return { platform: ref.platform, authorId: ref.authorId, handle };
    }
    if (ids.length > 1)
      throw new AuthorNotIdentified(
        `The handle belonged to ${ids.length} different accounts on ${ref.platform}; give the author id`,
      );
    if (ids.length === 0 && options.mustExist !== false)
      throw new AuthorNotIdentified(
        `Nothing was erased: no stored post on ${ref.platform} links the handle @${handle} to an author id. ` +
          `Give the author id (from their profile on ${ref.platform}), so their stored posts go and their future posts are suppressed; ` +
          `a single post can be erased by its mention id.`,
      );
    return { platform: ref.platform, authorId: ids[0] ?? null, handle };
  }
}
