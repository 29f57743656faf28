/**
 * What a platform lets the OU do to comments on its own accounts (issue 16): hide, reply, block.
 * The connectors of our own pages implement it; the platform-actions feature calls it through
 * PlatformModerationService and never speaks to a platform itself.
 */
export type ModerationAnswer =
  /** answer: the platform's body, kept on the action; resultId/resultUrl: a reply's id and address */
  | { status: 'ok'; answer: unknown; resultId?: string; resultUrl?: string }
  | { status: 'rate_limited'; retryAt: Date; message: string }
  | { status: 'failed'; retryable: boolean; message: string };

export interface PlatformModerator {
  /** the mentions.platform value it acts for */
  readonly platform: string;
  /** "Facebook", "Instagram" */
  readonly label: string;
  /** false when the server lacks the account's variables */
  readonly configured: boolean;
  /** null when the platform lets us block; otherwise why not */
  readonly blockRefusal: string | null;
  setHidden(commentId: string, hidden: boolean, signal?: AbortSignal): Promise<ModerationAnswer>;
  reply(commentId: string, text: string, signal?: AbortSignal): Promise<ModerationAnswer>;
  setBlocked(userId: string, blocked: boolean, signal?: AbortSignal): Promise<ModerationAnswer>;
}
