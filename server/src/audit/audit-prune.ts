import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../common/canonical-json.js';

/**
 * Where the chain starts after old rows were pruned: the last deleted row's id and hash, and how
 * many rows have been deleted in all. Signed with the audit key, which the database never holds, so
 * an anchor cannot be forged to hide rows removed by hand.
 */
export type PruneAnchor = { throughId: string; throughHash: string; rowsPruned: number; mac: string };

export function anchorMac(anchor: Omit<PruneAnchor, 'mac'>, key: Buffer): string {
  const fields = { throughId: anchor.throughId, throughHash: anchor.throughHash, rowsPruned: anchor.rowsPruned };
  return createHmac('sha256', key).update('ou-listening/audit-prune/v1\n').update(canonicalJson(fields)).digest('hex');
}

export function anchorIsSigned(anchor: PruneAnchor, key: Buffer): boolean {
  const expected = Buffer.from(anchorMac(anchor, key));
  const given = Buffer.from(anchor.mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
