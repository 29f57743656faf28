import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CATEGORY_CODES,
  type BulkResult,
  type CategoryCode,
  type EscalateRequest,
  type EscalateResult,
  type HideRequest,
  type MarkKind,
  type MarkRequest,
  type AssignableUser,
  type MentionDetail,
  type MentionListItem,
  type MentionNote,
  type MentionPage,
  type MentionStatus,
  type QueueSummary,
  type ReplyRequest,
  type SafeguardingAlert,
  type SafeguardingContact,
  type TopCategoryFilter,
  type UnhideRequest,
  londonDayStart,
  QUEUE_BANDS,
  type QueueBand,
} from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, byActor } from '../audit/audit.service.js';
import type { AuditTexts } from '../audit/audit.types.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { EscalationsService } from '../escalations/escalations.service.js';
import { PlatformActionsService } from '../platform-actions/platform-actions.service.js';
import type { ReplySettled } from '../platform-actions/platform-actions.types.js';
import { UsersService } from '../users/users.service.js';
import type { BulkAction } from './dto/mention-actions.dto.js';
import type { QueueSortParam } from './dto/mention-query.dto.js';
import {
  InvalidAssignee,
  InvalidMentionQuery,
  MentionAlreadyEscalated,
  MentionChanged,
  MentionNotFound,
  MentionNotHidden,
  MentionsNotFound,
  NothingToUndo,
  MentionsChanged,
} from './mentions.errors.js';
import {
  type LockedMention,
  type MentionChange,
  MentionsRepository,
  type PageKey,
  type QueueFilter,
} from './mentions.repository.js';

/** Who is acting, for the audit row. */
export type Actor = { id: string; email: string; displayName: string; ip?: string };

/** The queue's filters as they arrive (validated for shape by the DTO). */
export type QueueQuery = {
  status?: MentionStatus[];
  category?: CategoryCode[];
  platform?: string;
  q?: string;
  from?: string;
  to?: string;
  minScore?: number;
  assignee?: string;
  secondLook?: boolean;
  ownAccount?: boolean;
  watchedAuthor?: boolean;
  impersonation?: boolean;
  topCategory?: TopCategoryFilter;
  author?: string;
};
export type ListQuery = QueueQuery & { sort?: QueueSortParam; cursor?: string; limit?: number };
export type BulkInput = {
  ids: string[];
  /** the version of each mention as the caller saw it when ticking it: any other, and nothing changes */
  versions?: Record<string, number>;
  action: BulkAction;
  reason?: string;
  mark?: MarkKind;
  note?: string;
  userId?: string | null;
};

const DEFAULT_STATUSES: MentionStatus[] = ['new', 'reviewed'];
const DEFAULT_PAGE_SIZE = 50;
const AUTHOR_RECENT = 10;
const ASSIGNABLE_ROLES = new Set(['comms', 'admin']);
/** Marks that decide a mention needs nothing more: it leaves the open queue. */
const DISMISSING_MARKS: ReadonlySet<MarkKind> = new Set(['false_positive', 'no_action']);
const markChange = (mark: MarkKind): MentionChange =>
  DISMISSING_MARKS.has(mark) ? { kind: 'dismissed' } : { kind: 'reviewed' };
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** The first moment of a UK calendar day, or of the day `plusDays` after it. */
function dayStart(day: string, plusDays = 0): Date {
  const shifted = new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * 86_400_000).toISOString().slice(0, 10);
  return londonDayStart(shifted);
}

/** t: the risk sort's band (QueueBand) the page ended in. */
type Cursor = { s: QueueSortParam; t: QueueBand; k: string; i: string };

function encodeCursor(sort: QueueSortParam, key: PageKey): string {
  const cursor: Cursor = { s: sort, t: key.tier, k: key.key, i: key.id };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(sort: QueueSortParam, raw: string): PageKey {
  const bad = new InvalidMentionQuery('cursor must be the nextCursor of a previous page');
  let cursor: Partial<Cursor>;
  try {
    cursor = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Cursor>;
  } catch {
    throw bad;
  }
  if (typeof cursor !== 'object' || cursor === null) throw bad;
  const { s, t, k, i } = cursor;
  // A cursor written before the bands (p: pinned or not) is still followed, so a page loaded across a deploy goes on.
  const legacy = (cursor as { p?: unknown }).p;
  const tier = QUEUE_BANDS.find((known) => known === (t ?? (legacy === true ? 2 : legacy === false ? 0 : undefined)));
  if (tier === undefined || typeof k !== 'string' || typeof i !== 'string' || !/^\d{1,18}$/.test(i)) throw bad;
  if (s !== sort) throw new InvalidMentionQuery('cursor belongs to another sort order: start again without it');
  if (sort === 'risk' ? !isRiskKey(k) : tier !== 0 || !isPostedAtKey(k)) throw bad;
  return { tier, key: k, id: i };
}

/** A risk score as PostgreSQL writes a real: 0 to 1, and not so small that a real rounds it to 0 (an error). */
function isRiskKey(k: string): boolean {
  const score = Number(k);
  return /^[0-9.e-]{1,24}$/.test(k) && score >= 0 && score <= 1 && (score === 0 || Math.fround(score) !== 0);
}

/** A posted-at time as the page query writes it (UTC, microseconds), on a day that exists, from year 1. */
function isPostedAtKey(k: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(k) || k.startsWith('0000')) return false;
  const toMillis = `${k.slice(0, 23)}Z`;
  const date = new Date(toMillis);
  // JavaScript rolls 2026-02-30 over to 2 March where PostgreSQL refuses it: only a date that reads back the same is real.
  return !Number.isNaN(date.getTime()) && date.toISOString() === toMillis;
}

@Injectable()
export class MentionsService {
  private readonly logger = new Logger(MentionsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mentions: MentionsRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly escalations: EscalationsService,
    private readonly platformActions: PlatformActionsService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    platformActions.onReplySettled((tx, settled) => this.replySettled(tx, settled));
  }

  /** The enabled users who work the queue, by name: whom a mention may be assigned to. */
  async assignableUsers(): Promise<AssignableUser[]> {
    const users = await this.users.list();
    return users
      .filter((u) => u.disabledAt === null && ASSIGNABLE_ROLES.has(u.role))
      .map((u) => ({ id: u.id, displayName: u.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
  }

  /** The University's safeguarding contacts, as configured (SAFEGUARDING_CONTACTS). */
  safeguardingContacts(): SafeguardingContact[] {
    return this.config.safeguardingContacts;
  }

  safeguardingAlert(): SafeguardingAlert {
    return { emailed: this.notifications.emails('safeguarding') };
  }

  async list(query: ListQuery, me: string): Promise<MentionPage> {
    const sort = query.sort ?? 'risk';
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor === undefined ? null : decodeCursor(sort, query.cursor);
    // One row more than asked for tells whether another page follows.
    const keys = await this.mentions.pageKeys(this.toFilter(query, me), sort, after, limit + 1);
    const page = keys.slice(0, limit);
    const last = page.at(-1);
    return {
      items: await this.mentions.items(page.map((k) => k.id)),
      nextCursor: keys.length > limit && last ? encodeCursor(sort, last) : null,
    };
  }

  async summary(query: QueueQuery, me: string): Promise<QueueSummary> {
    const seenAt = await this.mentions.queueSeenAt(me);
    const counts = await this.mentions.summary(this.toFilter(query, me), seenAt);
    const byCategory = Object.fromEntries(CATEGORY_CODES.map((code) => [code, counts.byCategory[code] ?? 0]));
    return {
      total: counts.total,
      byCategory: byCategory as Record<CategoryCode, number>,
      countLimit: counts.countLimit,
      approximate: counts.approximate,
      newSinceLastSeen: counts.fresh,
      lastSeenAt: seenAt?.toISOString() ?? null,
    };
  }

  markQueueSeen(me: string): Promise<void> {
    return this.mentions.markQueueSeen(me);
  }

  async detail(id: string): Promise<MentionDetail> {
    const item = await this.mentions.item(id);
    if (!item) throw new MentionNotFound(id);
    const [history, notes, marks, authorRecent, platformActions, platformOptions, escalationNotices] =
      await Promise.all([
        this.mentions.history(id),
        this.mentions.notes(id),
        this.mentions.marks(id),
        this.mentions.authorRecent(item, AUTHOR_RECENT),
        this.platformActions.forMention(item),
        this.platformActions.options(item),
        item.escalation ? this.notifications.forEscalation(item.escalation.id) : Promise.resolve([]),
      ]);
    return { ...item, history, notes, marks, authorRecent, platformActions, platformOptions, escalationNotices };
  }

  /**
   * Hidden here at once; with onPlatform, hidden on Facebook or Instagram too. The platform is
   * asked after the dashboard change commits, so its failure never undoes that change: it is kept
   * on the action and retried.
   */
  async hide(actor: Actor, id: string, request: HideRequest): Promise<MentionListItem> {
    let platformActionId: string | undefined;
    const mention = await this.changeOne(actor, id, request.version, async (locked, tx) => {
      await this.apply(locked, request.version, { kind: 'hide' }, tx);
      if (request.onPlatform)
        platformActionId = await this.platformActions.request(tx, await this.current(id, tx), { kind: 'hide' }, actor);
      return {
        action: 'mention.hide',
        // onPlatform only when asked, so a hide here alone is audited as it always was.
        details: { from: locked.status, ...(request.onPlatform ? { onPlatform: true } : {}) },
        texts: { reason: request.reason },
      };
    });
    return platformActionId ? this.afterPlatformAction(id, platformActionId) : mention;
  }

  /** Unhiding reverses the platform hide too, when one was made or is still being tried. */
  async unhide(actor: Actor, id: string, request: UnhideRequest): Promise<MentionListItem> {
    let platformActionId: string | null = null;
    const mention = await this.changeOne(actor, id, request.version, async (locked, tx) => {
      const undone = await this.unhideLocked(actor, locked, request.version, tx);
      platformActionId = undone.platformActionId;
      return undone;
    });
    return platformActionId ? this.afterPlatformAction(id, platformActionId) : mention;
  }

  /** Undoing a hide puts the mention back as it was: a pinned safeguarding post comes back pinned. */
  private async unhideLocked(
    actor: Actor,
    locked: LockedMention,
    version: number,
    tx: EntityManager,
  ): Promise<{ action: string; details: Record<string, unknown>; platformActionId: string | null }> {
    if (!locked.hidden) throw new MentionNotHidden(await this.current(locked.id, tx));
    const before = (await this.mentions.statusBeforeHide(locked.id, tx)) ?? 'reviewed';
    await this.apply(locked, version, { kind: 'unhide', status: before }, tx);
    const current = await this.current(locked.id, tx);
    const lastHide = (await this.platformActions.forMention(current, tx))
      .filter((a) => a.kind === 'hide' || a.kind === 'unhide')
      .at(-1);
    const hiddenThere = current.platformHidden || (lastHide?.kind === 'hide' && lastHide.status === 'pending');
    // If the platform can no longer be asked (its variables were removed), unhiding here still works.
    const offered = hiddenThere && (await this.platformActions.options(current, true, tx))?.hide.offered === true;
    const platformActionId = offered
      ? await this.platformActions.request(tx, current, { kind: 'unhide' }, actor)
      : null;
    return {
      action: 'mention.unhide',
      details: { from: locked.status, ...(offered ? { onPlatform: true } : {}) },
      platformActionId,
    };
  }

  /**
   * Posts a reply as the OU. The mention leaves the open queue at once (someone has answered), but
   * is marked responded only when the platform takes the reply (`replySettled`); a pinned
   * safeguarding or threat mention stays pinned, as a reply decides nothing about the risk.
   */
  async reply(actor: Actor, id: string, request: ReplyRequest): Promise<MentionListItem> {
    let platformActionId = '';
    const text = request.text.trim();
    await this.changeOne(actor, id, request.version, async (locked, tx) => {
      const current = await this.current(id, tx);
      platformActionId = await this.platformActions.request(tx, current, { kind: 'reply', text }, actor);
      await this.apply(locked, request.version, { kind: 'replied' }, tx);
      return {
        action: 'mention.reply',
        details: { platform: current.platform, platformActionId, ...(current.isDemo ? { demo: true } : {}) },
        texts: { text },
      };
    });
    return this.afterPlatformAction(id, platformActionId);
  }

  /**
   * How a reply ended, inside the transaction that settles it: taken, the mention is marked
   * responded by whoever wrote it (what the 7.3 response times count); never taken, it goes back
   * to the open queue for someone to answer, unless it has been decided on since.
   */
  private async replySettled(tx: EntityManager, settled: ReplySettled): Promise<void> {
    const { mentionId, platform, text, requestedBy } = settled;
    if (settled.outcome === 'done') {
      if (requestedBy === null) return;
      const note = `Replied on ${settled.platformLabel}: ${text}`;
      await this.mentions.insertMarks(
        [mentionId],
        { mark: 'responded', correctedCategories: null, note, userId: requestedBy },
        tx,
      );
      return;
    }
    if (!(await this.mentions.reopenAfterFailedReply(mentionId, settled.requestedAt, tx))) return;
    await this.audit.record(
      {
        action: 'mention.reply_failed',
        actorId: null,
        actorEmail: null,
        targetType: 'mention',
        targetId: mentionId,
        details: { from: 'reviewed', to: 'new', platform, error: settled.error },
      },
      tx,
    );
  }

  /** Blocks (or unblocks) the comment's author on the platform; recorded, and reversible. */
  async block(actor: Actor, id: string, blocked: boolean, reason?: string): Promise<MentionDetail> {
    const platformActionId = await this.dataSource.transaction(async (tx) => {
      const [locked] = await this.mentions.lock([id], tx);
      if (!locked) throw new MentionNotFound(id);
      const current = await this.current(id, tx);
      return this.platformActions.request(tx, current, { kind: blocked ? 'block' : 'unblock', reason }, actor);
    });
    await this.platformActions.attempt(platformActionId);
    return this.detail(id);
  }

  /** Asks the platform now (a failure is kept and retried), then reads the mention as it stands. */
  private async afterPlatformAction(id: string, platformActionId: string): Promise<MentionListItem> {
    await this.platformActions.attempt(platformActionId);
    return this.current(id);
  }

  async escalate(actor: Actor, id: string, request: EscalateRequest): Promise<EscalateResult> {
    let escalationId = '';
    const mention = await this.changeOne(actor, id, request.version, async (locked, tx) => {
      // One live case per mention: a second escalation would split the officers' work.
      if (locked.escalationStatus === 'open' || locked.escalationStatus === 'acknowledged')
        throw new MentionAlreadyEscalated(await this.current(id, tx));
      await this.apply(locked, request.version, { kind: 'escalated' }, tx);
      ({ id: escalationId } = await this.escalations.raise(tx, {
        mentionId: id,
        reason: request.reason,
        severity: request.severity,
        actor: { id: actor.id, email: actor.email, ip: actor.ip },
      }));
      return {
        action: 'mention.escalate',
        details: { escalationId, severity: request.severity, from: locked.status },
        texts: { reason: request.reason },
      };
    });
    await this.notifyRaised(escalationId);
    return { mention, escalationId };
  }

  mark(actor: Actor, id: string, request: MarkRequest): Promise<MentionListItem> {
    const correctedCategories = request.categories ? [...new Set(request.categories)] : null;
    return this.changeOne(actor, id, request.version, async (mention, tx) => {
      await this.apply(mention, request.version, markChange(request.mark), tx);
      await this.mentions.insertMarks(
        [id],
        { mark: request.mark, correctedCategories, note: request.note ?? null, userId: actor.id },
        tx,
      );
      return {
        action: 'mention.mark',
        details: { mark: request.mark, correctedCategories, from: mention.status },
        texts: { note: request.note ?? null },
      };
    });
  }

  /**
   * The undo after Mark: takes back the caller's own latest mark and puts back the status that
   * mark found. Someone else's mark, or one made since, is not the caller's to undo.
   */
  unmark(actor: Actor, id: string, version: number): Promise<MentionListItem> {
    return this.changeOne(actor, id, version, (mention, tx) => this.unmarkLocked(actor, mention, version, tx));
  }

  private async unmarkLocked(
    actor: Actor,
    mention: LockedMention,
    version: number,
    tx: EntityManager,
  ): Promise<{ action: string; details: Record<string, unknown> }> {
    const latest = await this.mentions.latestMark(mention.id, tx);
    if (!latest || latest.userId !== actor.id) throw new NothingToUndo(await this.current(mention.id, tx));
    const before = (await this.mentions.statusBeforeLatestMark(mention.id, tx)) ?? 'reviewed';
    await this.mentions.deleteMark(latest.id, tx);
    await this.apply(mention, version, { kind: 'restore', status: before }, tx);
    return { action: 'mention.unmark', details: { from: mention.status, to: before } };
  }

  /** Assignment carries no version: taking a mention never undoes someone else's decision on it. */
  async assign(actor: Actor, id: string, userId: string | null): Promise<MentionListItem> {
    if (userId !== null) await this.checkAssignable(userId);
    return this.changeOne(actor, id, null, async (mention, tx) => {
      await this.apply(mention, null, { kind: 'assign', userId }, tx);
      return { action: 'mention.assign', details: { from: mention.assigneeId, to: userId } };
    });
  }

  async addNote(actor: Actor, id: string, body: string): Promise<MentionNote> {
    return this.dataSource.transaction(async (tx) => {
      const [mention] = await this.mentions.lock([id], tx);
      if (!mention) throw new MentionNotFound(id);
      const note = await this.mentions.insertNote(id, actor.id, body, tx);
      await this.record(actor, id, 'mention.note', { noteId: note.id }, tx);
      return {
        id: note.id,
        body,
        author: { id: actor.id, displayName: actor.displayName },
        createdAt: note.createdAt,
      };
    });
  }

  /** All or nothing: every mention changes, each with its own audit row, or none does. */
  async bulk(actor: Actor, input: BulkInput): Promise<BulkResult> {
    const { action } = input;
    if (action === 'unhide' || action === 'unmark') return this.bulkUndo(actor, input, action);
    const change = this.bulkChange(input, action);
    if (change.kind === 'assign' && change.userId !== null) await this.checkAssignable(change.userId);
    const ids = [...new Set(input.ids)];
    return this.dataSource.transaction(async (tx) => {
      const locked = await this.lockTicked(ids, input.versions ?? {}, tx);
      const changed = await this.mentions.apply(ids, null, change, tx);
      if (changed.length !== ids.length) throw new Error('bulk change missed locked mentions');
      if (input.action === 'mark' && input.mark)
        await this.mentions.insertMarks(
          ids,
          { mark: input.mark, correctedCategories: null, note: input.note ?? null, userId: actor.id },
          tx,
        );
      for (const mention of locked) {
        const details: Record<string, unknown> = { bulk: true, from: mention.status };
        const texts: AuditTexts = {};
        if (change.kind === 'hide') texts.reason = input.reason;
        if (input.action === 'mark') {
          details.mark = input.mark;
          texts.note = input.note ?? null;
        }
        if (change.kind === 'assign') Object.assign(details, { from: mention.assigneeId, to: change.userId });
        await this.record(actor, mention.id, `mention.${input.action}`, details, tx, texts);
      }
      // Each row was locked above and `apply` moved it on by exactly one version.
      return { updated: ids.length, versions: Object.fromEntries(locked.map((m) => [m.id, m.version + 1])) };
    });
  }

  /**
   * The undo of a bulk hide or mark: each mention as its own Undo would put it back, all or none.
   * `versions` is required (the versions the bulk action answered with), so an undo never takes
   * back a decision someone made since; a mention no longer hidden, or whose latest mark is not the
   * caller's, refuses the lot like a stale version does.
   */
  private async bulkUndo(actor: Actor, input: BulkInput, action: 'unhide' | 'unmark'): Promise<BulkResult> {
    this.checkBulkFields(input);
    const ids = [...new Set(input.ids)];
    const versions = input.versions ?? {};
    const unversioned = ids.filter((id) => versions[id] === undefined);
    if (unversioned.length > 0)
      throw new InvalidMentionQuery(`versions must give the version of every mention to ${action}`);
    const undo = this.dataSource.transaction(async (tx) => {
      const locked = await this.lockTicked(ids, versions, tx);
      for (const mention of locked) {
        const undone = await (
          action === 'unhide'
            ? this.unhideLocked(actor, mention, mention.version, tx)
            : this.unmarkLocked(actor, mention, mention.version, tx)
        ).catch((error: unknown) => {
          if (error instanceof MentionNotHidden || error instanceof NothingToUndo)
            throw new MentionsChanged([mention.id]);
          throw error;
        });
        await this.record(actor, mention.id, undone.action, { ...undone.details, bulk: true }, tx);
      }
      return { updated: ids.length, versions: Object.fromEntries(locked.map((m) => [m.id, m.version + 1])) };
    });
    return undo.catch((error: unknown) => {
      throw error instanceof MentionsChanged ? new MentionsChanged(error.changed, true) : error;
    });
  }

  /** The ticked mentions, locked; every one must exist and be at the version it was ticked at. */
  private async lockTicked(
    ids: string[],
    versions: Record<string, number>,
    tx: EntityManager,
  ): Promise<LockedMention[]> {
    const locked = await this.mentions.lock(ids, tx);
    if (locked.length !== ids.length) {
      const found = new Set(locked.map((m) => m.id));
      throw new MentionsNotFound(ids.filter((id) => !found.has(id)));
    }
    const stale = locked.filter((m) => versions[m.id] !== undefined && versions[m.id] !== m.version);
    if (stale.length > 0) throw new MentionsChanged(stale.map((m) => m.id));
    return locked;
  }

  /** Fields of another action are a mistake in the request, not something to ignore. */
  private checkBulkFields(input: BulkInput): void {
    const unticked = Object.keys(input.versions ?? {}).filter((id) => !input.ids.includes(id));
    if (unticked.length > 0)
      throw new InvalidMentionQuery(`versions names mentions not in ids: ${unticked.join(', ')}`);
    const allowed: Record<BulkAction, readonly string[]> = {
      hide: ['reason'],
      mark: ['mark', 'note'],
      assign: ['userId'],
      unhide: [],
      unmark: [],
    };
    const stray = (['reason', 'mark', 'note', 'userId'] as const).filter(
      (field) => input[field] !== undefined && !allowed[input.action].includes(field),
    );
    if (stray.length > 0)
      throw new InvalidMentionQuery(`${stray.join(', ')} cannot be given with the ${input.action} action`);
  }

  private bulkChange(input: BulkInput, action: 'hide' | 'mark' | 'assign'): MentionChange {
    this.checkBulkFields(input);
    switch (action) {
      case 'hide':
        return { kind: 'hide' };
      case 'mark':
        return input.mark ? markChange(input.mark) : { kind: 'reviewed' };
      case 'assign':
        return { kind: 'assign', userId: input.userId ?? null };
    }
  }

  private async checkAssignable(userId: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw new InvalidAssignee(userId, 'there is no such user');
    if (user.disabledAt) throw new InvalidAssignee(userId, 'the account is disabled');
    if (!ASSIGNABLE_ROLES.has(user.role))
      throw new InvalidAssignee(userId, 'only comms and admin users work the queue');
  }

  /**
   * One versioned change in one transaction: lock the row, check it still exists and is at the
   * version the caller saw, let `change` apply the rules and the update, write the audit row.
   * Returns the mention as it now stands.
   */
  private async changeOne(
    actor: Actor,
    id: string,
    version: number | null,
    change: (
      mention: LockedMention,
      tx: EntityManager,
    ) => Promise<{ action: string; details: Record<string, unknown>; texts?: AuditTexts }>,
  ): Promise<MentionListItem> {
    await this.dataSource.transaction(async (tx) => {
      const [mention] = await this.mentions.lock([id], tx);
      if (!mention) throw new MentionNotFound(id);
      if (version !== null && mention.version !== version) throw new MentionChanged(await this.current(id, tx));
      const { action, details, texts } = await change(mention, tx);
      await this.record(actor, id, action, details, tx, texts);
    });
    return this.current(id);
  }

  /** The UPDATE itself carries the version condition too, so no path can overwrite silently. */
  private async apply(
    mention: LockedMention,
    version: number | null,
    change: MentionChange,
    tx: EntityManager,
  ): Promise<void> {
    const changed = await this.mentions.apply([mention.id], version, change, tx);
    if (changed.length === 0) throw new MentionChanged(await this.current(mention.id, tx));
  }

  private async current(id: string, tx?: EntityManager): Promise<MentionListItem> {
    const item = await this.mentions.item(id, tx);
    if (!item) throw new MentionNotFound(id);
    return item;
  }

  private async record(
    actor: Actor,
    id: string,
    action: string,
    details: Record<string, unknown>,
    tx: EntityManager,
    texts?: AuditTexts,
  ): Promise<void> {
    await this.audit.record(
      {
        action,
        ...byActor(actor),
        targetType: 'mention',
        targetId: id,
        details,
        texts,
      },
      tx,
    );
  }

  /** The escalation is committed whatever happens here; a failed notice is logged, not thrown. */
  private async notifyRaised(escalationId: string): Promise<void> {
    try {
      await this.escalations.notifyRaised(escalationId);
    } catch (error) {
      this.logger.error(`Escalation ${escalationId} was raised but its notification failed: ${String(error)}`);
    }
  }

  private toFilter(query: QueueQuery, me: string): QueueFilter {
    // A bare date is a UK calendar day, as the dashboard and Trends count days: `from` its first
    // moment, `to` the whole of it. A time without a zone is read as UTC, as ISO 8601 asks of APIs.
    const from =
      query.from === undefined ? null : DATE_ONLY.test(query.from) ? dayStart(query.from) : new Date(query.from);
    const before =
      query.to === undefined
        ? null
        : DATE_ONLY.test(query.to)
          ? dayStart(query.to, 1)
          : new Date(new Date(query.to).getTime() + 1);
    if (from && Number.isNaN(from.getTime())) throw new InvalidMentionQuery('from must be a calendar date or time');
    if (before && Number.isNaN(before.getTime())) throw new InvalidMentionQuery('to must be a calendar date or time');
    if (from && before && from.getTime() >= before.getTime())
      throw new InvalidMentionQuery('from must not be after to');
    const q = query.q?.trim();
    return {
      statuses: query.status ? [...new Set(query.status)] : DEFAULT_STATUSES,
      categories: query.category ? [...new Set(query.category)] : null,
      platform: query.platform ?? null,
      q: q ? q : null,
      from,
      before,
      minScore: query.minScore ?? null,
      assignee:
        query.assignee === undefined
          ? null
          : query.assignee === 'none'
            ? { kind: 'none' }
            : { kind: 'user', id: query.assignee === 'me' ? me : query.assignee.toLowerCase() },
      secondLook: query.secondLook ?? false,
      ownAccount: query.ownAccount ?? false,
      watchedAuthor: query.watchedAuthor ?? false,
      impersonation: query.impersonation ?? false,
      topCategory: query.topCategory ?? null,
      author: query.author ?? null,
    };
  }
}
