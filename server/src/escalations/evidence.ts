import { createHash } from 'node:crypto';
import type { EvidenceSnapshot } from '@ou-listening/shared';
import { canonicalJson } from '../common/canonical-json.js';

/** SHA-256 over the canonical JSON of the snapshot: the same fields always give the same hash. */
export function evidenceHash(snapshot: EvidenceSnapshot): string {
  return createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
}

export function evidenceVerified(snapshot: EvidenceSnapshot, sha256: string): boolean {
  return evidenceHash(snapshot) === sha256;
}
