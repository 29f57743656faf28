import { createHmac } from 'node:crypto';

/**
 * The keyed hash under which an erased author is remembered: HMAC-SHA256 over platform and author
 * id, under the suppression key (suppression-key.ts), which lives outside the database. Without the
 * key, the suppression list cannot be tested against a guessed id; the handle, which can change
 * hands, is never used.
 */
export function authorHash(suppressionKey: Buffer, platform: string, authorId: string): string {
  return createHmac('sha256', suppressionKey).update(`${platform}\u0000${authorId}`).digest('hex');
}
