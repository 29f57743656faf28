/**
 * What a platform lets the OU do to comments on its own accounts (issue 16): hide, reply, block.
 * The connectors of our own pages implement it; the platform-actions feature calls it through
 * PlatformModerationService and never speaks to a platform itself.
 */
import type { Queryable } from '../database/sql.js';

export type ModerationAnswer =
  /** answer: the platform's body, kept on the action; resultId/resultUrl: a reply's id and address */
  | { status: 'ok'; answer: unknown; resultId?: string; resultUrl?: string }
  | { status: 'rate_limited'; retryAt: Date; message: string }
  | { status: 'failed'; retryable: boolean; message: string };

/** A mention or an action on one: the platform it is on, and whether it came from the demo source. */
export type ModerationTarget = { platform: string; isDemo: boolean };

export interface PlatformModerator {
  /** the mentions.platform value it acts for */
  readonly platform: string;
  /** "Facebook", "Instagram", "YouTube", "X" */
  readonly label: string;
  /** false when the server lacks the account's variables */
  readonly configured: boolean;
  /** null when the platform lets us block; otherwise why not */
  readonly blockRefusal: string | null;
  /**
   * set when the platform lets the OU act only on some posts (X: replies in conversations the OU
   * started): why nothing is offered on a post that is not one. Otherwise such posts offer nothing
   * and say nothing.
   */
  readonly notOursRefusal?: string;
  /** set when the platform can block but cannot lift a block through its API: why, and where to do it */
  readonly unblockRefusal?: string;
  /**
   * Why nothing can be done on the platform today, when a daily allowance (YouTube's quota) cannot
   * take another action; null while it can. Absent where no such limit is counted.
   */
  refusalToday?(db?: Queryable): Promise<string | null>;
  setHidden(commentId: string, hidden: boolean, signal?: AbortSignal): Promise<ModerationAnswer>;
  reply(commentId: string, text: string, signal?: AbortSignal): Promise<ModerationAnswer>;
  /** commentId: the comment that prompted the block (YouTube bans through one of the author's comments) */
  setBlocked(userId: string, blocked: boolean, commentId: string, signal?: AbortSignal): Promise<ModerationAnswer>;
  /**
   * Our reply with this text under this comment, if the platform already has one: asked before a
   * reply is sent again after a send whose answer we never recorded, so a reply is never posted twice.
   */
  findReply(commentId: string, text: string, signal?: AbortSignal): Promise<FoundReply>;
}

export type FoundReply =
  | { status: 'found'; resultId: string; resultUrl?: string }
  | { status: 'none' }
  | { status: 'failed'; message: string };
