import type { NormalizedPost } from '../sources/source-connector.js';

/**
 * What ingestion needs from data protection: which fetched posts come from an author who was erased
 * (issue 18), so they are dropped before classification and never stored. The privacy feature's
 * SuppressionService satisfies it; IngestModule binds the token to it.
 */
export interface AuthorSuppression {
  /** The posts to keep, in order; the suppressed ones are counted by the implementation. */
  keepUnsuppressed(posts: NormalizedPost[]): Promise<NormalizedPost[]>;
}

export const AUTHOR_SUPPRESSION = Symbol('AuthorSuppression');
