import type { OwnAccountContext, PlatformActionKind } from '@ou-listening/shared';
import type { EntityManager } from 'typeorm';

/** What the platform-actions feature needs to know about a mention; the mentions feature supplies it. */
export type MentionForPlatform = {
  id: string;
  platform: string;
  /** from the demo source: acted on by the platform's demo stand-in, which calls no platform */
  isDemo: boolean;
  externalId: string;
  authorId: string | null;
  url: string | null;
  onOwnAccount: boolean;
  ownContext: OwnAccountContext | null;
};

/** Who asked, for the action row and its audit row. */
export type PlatformActor = { id: string; email: string; ip?: string };

export type PlatformActionRequest = {
  kind: PlatformActionKind;
  /** a reply's text */
  text?: string;
  /** a block's reason */
  reason?: string;
};

/** A reply's final answer from the platform, for the feature that asked for it. */
export type ReplySettled = {
  mentionId: string;
  platform: string;
  /** the platform as staff read it: "Facebook", or "Facebook (demo)" for a demo mention */
  platformLabel: string;
  text: string;
  requestedBy: string | null;
  /** when the reply was asked for */
  requestedAt: Date;
} & ({ outcome: 'done' } | { outcome: 'failed'; error: string });

/**
 * Told, inside the transaction that settles it, how each reply ended: the mentions feature marks a
 * mention responded only once the platform has taken the reply, and puts it back in the queue when
 * the platform never did. A port, so platform-actions does not import mentions.
 */
export type ReplySettledListener = (tx: EntityManager, settled: ReplySettled) => Promise<void>;
