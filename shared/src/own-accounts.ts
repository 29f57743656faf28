/**
 * The OU's own accounts (issue 16): comments left on the OU's Facebook Page and Instagram account,
 * and what staff ask those platforms to do with them (hide, reply, block).
 */

/** Platforms whose comments on our own pages are ingested and can be acted on there. */
export const OWN_ACCOUNT_PLATFORMS = ['facebook', 'instagram', 'youtube', 'x'] as const;
export type OwnAccountPlatform = (typeof OWN_ACCOUNT_PLATFORMS)[number];

/** The post on our page that a comment was left on. */
export type ParentPost = { id: string; url: string | null; text: string; postedAt: string | null };

/** Stored with a comment from our own account: where it was left, and what the platform allows on it. */
export type OwnAccountContext = {
  parentPost: ParentPost | null;
  /** the platform's own answer for this comment (Facebook can_hide; Instagram: true on our media) */
  canHide: boolean;
  canReply: boolean;
};

export const PLATFORM_ACTION_KINDS = ['hide', 'unhide', 'reply', 'block', 'unblock'] as const;
export type PlatformActionKind = (typeof PLATFORM_ACTION_KINDS)[number];

export const PLATFORM_ACTION_STATUSES = ['pending', 'done', 'failed'] as const;
/** pending: not sent yet, or failed and waiting to be retried; done: the platform agreed; failed: given up */
export type PlatformActionStatus = (typeof PLATFORM_ACTION_STATUSES)[number];

/** One request to a platform, as the mention's detail shows it. */
export type PlatformActionView = {
  id: string;
  kind: PlatformActionKind;
  platform: string;
  status: PlatformActionStatus;
  attempts: number;
  /** when a pending action is next tried */
  nextAttemptAt: string | null;
  /** the platform's last refusal or the network error, while retrying or after giving up */
  lastError: string | null;
  /** a reply's text */
  text: string | null;
  /** a reply's address on the platform */
  resultUrl: string | null;
  /** who asked, by display name (their e-mail if the account is gone) */
  requestedBy: string | null;
  createdAt: string;
  settledAt: string | null;
};

/** Whether an action is offered on the platform for this mention, and if not, why not. */
export type PlatformOption = { offered: true } | { offered: false; reason: string };

export type PlatformOptions = {
  /** "Facebook", "Instagram": the name the dialog uses */
  platformLabel: string;
  hide: PlatformOption;
  reply: PlatformOption;
  block: PlatformOption;
  /** the author is blocked on the platform (the latest block or unblock that the platform accepted) */
  authorBlocked: boolean;
};

/** The longest reply the OU posts under a comment (the shortest limit of the platforms it answers on). */
export const REPLY_MAX_LENGTH = 2000;

/** The longest reason kept with a block on the platform. */
export const BLOCK_REASON_MAX_LENGTH = 500;

export type ReplyRequest = { text: string; version: number };
export type BlockRequest = { reason: string };
