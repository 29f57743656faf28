import { createHash, createHmac } from 'node:crypto';
import { canonicalJson } from '../common/canonical-json.js';
import type { AuditRow } from './audit.types.js';

/** The fields a row's hash covers: everything stored but the hashes themselves. */
export type ChainedContent = Omit<AuditRow, 'hash' | 'prevHash' | 'hashAlg'>;

/**
 * How a row's hash was made. Rows written before issue 12 carry a plain SHA-256, which anyone with
 * the database could recompute; every row since is an HMAC under a key kept outside the database.
 */
export type HashAlg = 'sha256' | 'hmac-sha256';
export const CURRENT_HASH_ALG: HashAlg = 'hmac-sha256';

/** The hash of a row: over the previous row's hash and this row's canonical content. */
export function chainHash(prevHash: string | null, content: ChainedContent, key: Buffer, alg: HashAlg): string {
  const hash = alg === 'hmac-sha256' ? createHmac('sha256', key) : createHash('sha256');
  return hash
    .update(prevHash ?? '')
    .update('\n')
    .update(canonicalJson(content))
    .digest('hex');
}
