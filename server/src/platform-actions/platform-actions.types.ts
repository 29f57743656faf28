import type { OwnAccountContext, PlatformActionKind } from '@ou-listening/shared';

/** What the platform-actions feature needs to know about a mention; the mentions feature supplies it. */
export type MentionForPlatform = {
  id: string;
  platform: string;
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
