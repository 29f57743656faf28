import type { AuditEntryView } from '@ou-listening/shared';
import type { HashAlg } from './audit-chain.js';

/** One thing someone did, as it goes into the append-only audit log. */
export type AuditEntry = {
  actorId?: string | null;
  actorEmail?: string | null;
  /** dotted verb: auth.login, auth.login_failed, user.update, mention.hide, … */
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
  /**
   * Free text people typed (reasons, comments, notes), by field: stored beside the row so an erasure
   * can blank it, and referenced from details by its keyed hash (see audit-texts.ts). A null or
   * empty text is recorded as null in details.
   */
  texts?: Record<string, string | null | undefined>;
  ip?: string | null;
};

/**
 * A stored row: what admins see less the names looked up for them (names are not chained: a
 * renamed user would break every hash), plus the link to the row before it.
 */
export type AuditRow = Omit<AuditEntryView, 'actorName' | 'targetName'> & { prevHash: string | null; hashAlg: HashAlg };

/** The end of the chain at one moment, as a checkpoint records it. */
export type ChainHead = { rows: number; headId: string | null; headHash: string | null };

/** Free text for an audit row, by field (AuditEntry.texts). */
export type AuditTexts = NonNullable<AuditEntry['texts']>;
