import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlatformActionKind, PlatformActionView, PlatformOption, PlatformOptions } from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { errorForLog } from '../common/database-error.js';
import type { Queryable } from '../database/sql.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { PlatformModerationService } from '../sources/platform-moderation.service.js';
import type { ModerationAnswer, PlatformModerator } from '../sources/platform-moderation.types.js';
import { PlatformActionNotOffered } from './platform-actions.errors.js';
import { type ActionRow, PlatformActionsRepository } from './platform-actions.repository.js';
import type {
  MentionForPlatform,
  PlatformActionRequest,
  PlatformActor,
  ReplySettled,
  ReplySettledListener,
} from './platform-actions.types.js';

const offered: PlatformOption = { offered: true };
const refused = (reason: string): PlatformOption => ({ offered: false, reason });

const VERBS: Record<PlatformActionKind, string> = {
  hide: 'hide the comment',
  unhide: 'unhide the comment',
  reply: 'reply',
  block: 'block the author',
  unblock: 'unblock the author',
};

/**
 * How long a sender holds an action while it calls the platform outside any transaction; longer
 * than any call takes (each has its own timeout of 15 s), so only a sender that died loses it.
 */
const LEASE_MS = 2 * 60_000;

/** Equal-jitter exponential backoff: replicas that failed together do not retry together. */
function backoff(attempt: number, baseMs: number): number {
  const ceiling = baseMs * 2 ** Math.max(0, attempt - 1);
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/**
 * What staff ask a platform to do about comments on the OU's own accounts (issue 16). A request is
 * written to the platform_actions outbox in the same transaction as the dashboard change that
 * prompted it, then sent at once and, if the platform fails, retried with backoff; the dashboard
 * state never waits for or depends on the platform. The platform's answer is kept on the action,
 * shown on the mention, and written to the audit log once, when the action settles. A demo
 * mention's actions go through the same outbox but are settled by the demo stand-in that
 * PlatformModerationService gives for it, so trying them out never reaches a platform.
 */
@Injectable()
export class PlatformActionsService {
  private readonly logger = new Logger('PlatformActions');
  private replySettled: ReplySettledListener | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actions: PlatformActionsRepository,
    private readonly moderation: PlatformModerationService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The mentions feature's hook for how each reply ended (one listener: the feature that asks for replies). */
  onReplySettled(listener: ReplySettledListener): void {
    this.replySettled = listener;
  }

  /**
   * Hide, reply and block on the platform for this mention: offered, or the reason not. With
   * reversing (an unhide undoing our own hide), a spent daily quota does not refuse: the action is
   * queued and waits for the quota to reset, so the platform is never left hiding what we unhid.
   */
  /**
   * What can be done on the platform. Inside a transaction pass it as `db`: a read on another pooled
   * connection while the transaction holds one is how a burst of requests exhausts the pool.
   */
  async options(mention: MentionForPlatform, reversing = false, db?: Queryable): Promise<PlatformOptions | null> {
    const moderator = this.moderation.find(mention);
    const label = moderator?.label ?? mention.platform;
    if (!mention.onOwnAccount) {
      if (!moderator?.notOursRefusal) return null;
      const no = refused(moderator.notOursRefusal);
      return { platformLabel: label, hide: no, reply: no, block: no, authorBlocked: false };
    }
    const account = !moderator
      ? `the OU cannot act on ${label} from here`
      : !moderator.configured
        ? `${label} is not configured on this server, so nothing can be done there from here`
        : reversing
          ? null
          : ((await moderator.refusalToday?.(db)) ?? null);
    const context = mention.ownContext;
    const hide = account
      ? refused(account)
      : context?.canHide
        ? offered
        : refused(
            moderator?.notOursRefusal ??
              `${label} does not allow hiding this comment (for example, the Page's own comments)`,
          );
    const reply = account
      ? refused(account)
      : context?.canReply
        ? offered
        : refused(`${label} does not allow replies to this comment`);
    const block = account
      ? refused(account)
      : moderator?.blockRefusal
        ? refused(moderator.blockRefusal)
        : mention.authorId
          ? offered
          : refused(`${label} did not give the commenter's id, so they cannot be blocked from here`);
    const authorBlocked =
      mention.authorId !== null &&
      (await this.actions.lastSettledBlock(mention.platform, mention.authorId, db)) === 'block';
    return { platformLabel: label, hide, reply, block, authorBlocked };
  }

  /**
   * Writes the request in the caller's transaction (with the dashboard change); refuses, with the
   * reason, what the platform or the comment does not allow. Send it with attempt() after commit.
   */
  async request(
    tx: EntityManager,
    mention: MentionForPlatform,
    request: PlatformActionRequest,
    actor: PlatformActor,
  ): Promise<string> {
    const options = await this.options(mention, request.kind === 'unhide', tx);
    if (!options) throw new PlatformActionNotOffered(VERBS[request.kind], "it was not left on the OU's own account");
    const option =
      request.kind === 'hide' || request.kind === 'unhide'
        ? options.hide
        : request.kind === 'reply'
          ? options.reply
          : options.block;
    if (!option.offered) throw new PlatformActionNotOffered(VERBS[request.kind], option.reason);
    // Sent again, a block would be a second call and a second audit row for nothing.
    if (request.kind === 'block' && options.authorBlocked)
      throw new PlatformActionNotOffered(VERBS.block, 'they are already blocked from here');
    const unblockRefusal = this.moderation.find(mention)?.unblockRefusal;
    if (request.kind === 'unblock' && unblockRefusal) throw new PlatformActionNotOffered(VERBS.unblock, unblockRefusal);
    const onAuthor = request.kind === 'block' || request.kind === 'unblock';
    return this.actions.enqueue(tx, {
      mentionId: mention.id,
      platform: mention.platform,
      kind: request.kind,
      targetId: onAuthor ? mention.authorId! : mention.externalId,
      payload: {
        text: request.text,
        reason: request.reason,
        mentionUrl: mention.url,
        ...(onAuthor ? { commentId: mention.externalId } : {}),
      },
      requestedBy: actor.id,
      requestedByEmail: actor.email,
    });
  }

  /**
   * Sends one pending action now. Never throws: a failure is kept on the action and retried.
   *
   * Three steps, so that a reply is never posted twice: the claim (a lease, and the note that a
   * send is starting) is committed before the platform is called; the call holds no transaction;
   * the answer is committed after. If the process dies between the platform's answer and that
   * commit, or the answer is lost on the way, the action is still pending with the note, and the
   * next attempt asks the platform for our reply before sending it again.
   */
  async attempt(id: string): Promise<void> {
    try {
      const action = await this.dataSource.transaction((tx) => this.actions.claim(tx, id, LEASE_MS));
      if (!action) return;
      const moderator = this.moderation.find(action);
      const answer: ModerationAnswer = moderator
        ? await this.call(moderator, action)
        : { status: 'failed', retryable: false, message: `no platform called ${action.platform}` };
      const label = moderator?.label ?? action.platform;
      await this.dataSource.transaction(async (tx) => {
        if (await this.actions.lockClaimed(tx, action.id)) await this.settle(tx, action, label, answer);
      });
    } catch (error) {
      this.logger.error(`platform action ${id} could not be settled: ${errorForLog(error)}`);
    }
  }

  /** One pass of the outbox: every due action, in order. Returns how many were tried. */
  async runDue(limit = 50): Promise<number> {
    const ids = await this.actions.dueIds(limit);
    for (const id of ids) await this.attempt(id);
    return ids.length;
  }

  forMention(mention: MentionForPlatform, db?: Queryable): Promise<PlatformActionView[]> {
    return this.actions.forMention(mention.id, mention.platform, mention.authorId, db);
  }

  private async call(moderator: PlatformModerator, action: ActionRow): Promise<ModerationAnswer> {
    switch (action.kind) {
      case 'hide':
        return moderator.setHidden(action.targetId, true);
      case 'unhide':
        return moderator.setHidden(action.targetId, false);
      case 'reply': {
        const text = action.payload.text ?? '';
        if (action.sentBefore) {
          // An earlier send may have reached the platform: posting again could answer twice.
          const found = await moderator.findReply(action.targetId, text);
          if (found.status === 'failed')
            return {
              status: 'failed',
              retryable: true,
              message: `could not check for an earlier reply before sending again: ${found.message}`,
            };
          if (found.status === 'found')
            return {
              status: 'ok',
              answer: { foundEarlierReply: found.resultId },
              resultId: found.resultId,
              ...(found.resultUrl ? { resultUrl: found.resultUrl } : {}),
            };
        }
        return moderator.reply(action.targetId, text);
      }
      case 'block':
        return moderator.setBlocked(action.targetId, true, action.payload.commentId ?? '');
      case 'unblock':
        return moderator.setBlocked(action.targetId, false, action.payload.commentId ?? '');
    }
  }

  /** label: the platform as staff read it, for the mentions feature's note about a reply */
  private async settle(tx: EntityManager, action: ActionRow, label: string, answer: ModerationAnswer): Promise<void> {
    const attempts = action.attempts + 1;
    if (answer.status === 'ok') {
      const resultUrl = answer.resultUrl ?? (action.kind === 'reply' ? (action.payload.mentionUrl ?? null) : null);
      await this.actions.settleDone(tx, action.id, {
        attempts,
        answer: answer.answer,
        resultId: answer.resultId ?? null,
        resultUrl,
      });
      if (action.mentionId && (action.kind === 'hide' || action.kind === 'unhide'))
        await this.actions.setPlatformHidden(tx, action.mentionId, action.kind === 'hide');
      await this.tellReplySettled(tx, action, label, { outcome: 'done' });
      await this.record(tx, action, {
        outcome: 'done',
        attempts,
        answer: answer.answer,
        ...(answer.resultId ? { resultId: answer.resultId } : {}),
        ...(resultUrl ? { resultUrl } : {}),
      });
      return;
    }
    const { actionMaxAttempts, actionBackoffBaseMs } = this.config.ownAccounts;
    const retryable = answer.status === 'rate_limited' || answer.retryable;
    if (retryable && attempts < actionMaxAttempts) {
      const at =
        answer.status === 'rate_limited'
          ? answer.retryAt
          : new Date(Date.now() + backoff(attempts, actionBackoffBaseMs));
      await this.actions.retryLater(tx, action.id, attempts, answer.message, at);
      return;
    }
    await this.actions.settleFailed(tx, action.id, attempts, answer.message);
    await this.record(tx, action, { outcome: 'failed', attempts, error: answer.message });
    await this.tellReplySettled(tx, action, label, { outcome: 'failed', error: answer.message });
  }

  private async tellReplySettled(
    tx: EntityManager,
    action: ActionRow,
    platformLabel: string,
    outcome: { outcome: 'done' } | { outcome: 'failed'; error: string },
  ): Promise<void> {
    if (action.kind !== 'reply' || !action.mentionId || !this.replySettled) return;
    const settled: ReplySettled = {
      mentionId: action.mentionId,
      platform: action.platform,
      platformLabel,
      text: action.payload.text ?? '',
      requestedBy: action.requestedBy,
      requestedAt: action.requestedAt,
      ...outcome,
    };
    await this.replySettled(tx, settled);
  }

  /** One audit row per platform action, written when the platform has had its final say. */
  private async record(tx: EntityManager, action: ActionRow, details: Record<string, unknown>): Promise<void> {
    await this.audit.record(
      {
        action: `platform.${action.kind}`,
        actorId: action.requestedBy,
        actorEmail: action.requestedByEmail,
        targetType: 'mention',
        targetId: action.mentionId,
        details: {
          platformActionId: action.id,
          platform: action.platform,
          // A demo action reached no platform: the audit log says so rather than "done on Facebook".
          ...(action.isDemo ? { demo: true } : {}),
          targetId: action.targetId,
          ...details,
        },
        // Why an author was blocked is typed by a person: kept as an audit text, which erasure can blank.
        ...(action.kind === 'block' && action.payload.reason ? { texts: { reason: action.payload.reason } } : {}),
      },
      tx,
    );
  }
}
