import { createHash } from 'node:crypto';
import { canonicalJson } from '../common/canonical-json.js';

/** The fields a row's hash covers, in a fixed order. */
export type ChainedContent = {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
  ip: string | null;
};

/** SHA-256 over the previous row's hash and this row's canonical content. */
export function chainHash(prevHash: string | null, content: ChainedContent): string {
  return createHash('sha256')
    .update(prevHash ?? '')
    .update('\n')
    .update(canonicalJson(content))
    .digest('hex');
}
