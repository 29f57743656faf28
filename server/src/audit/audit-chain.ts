import { createHash } from 'node:crypto';
import { canonicalJson } from '../common/canonical-json.js';
import type { AuditRow } from './audit.types.js';

/** The fields a row's hash covers: everything stored but the hashes themselves. */
export type ChainedContent = Omit<AuditRow, 'hash' | 'prevHash'>;

/** SHA-256 over the previous row's hash and this row's canonical content. */
export function chainHash(prevHash: string | null, content: ChainedContent): string {
  return createHash('sha256')
    .update(prevHash ?? '')
    .update('\n')
    .update(canonicalJson(content))
    .digest('hex');
}
