import { chainHash, CURRENT_HASH_ALG } from './audit-chain.js';
import type { Checkpoint } from './audit-checkpoints.js';
import { anchorIsSigned, type PruneAnchor } from './audit-prune.js';
import type { AuditRow } from './audit.types.js';

export type ChainVerdict =
  | { ok: true; rows: number; checkpointChecked: boolean; prunedRows?: number; erasedTexts?: number }
  | { ok: false; rows: number; firstBadId: string | null; problem: string };

/**
 * Recomputes every hash from the row's content and the previous row's hash, under the key. With a
 * checkpoint, also checks that the row it names still has the hash it had, with as many rows up to
 * it as there were: rows removed from the end, which a chain alone cannot show, are caught here.
 */
export async function verifyChain(
  rows: AsyncIterable<AuditRow>,
  key: Buffer,
  options: { checkpoint?: Checkpoint; unkeyedUntilId?: string | null; anchor?: PruneAnchor | null } = {},
): Promise<ChainVerdict> {
  const { checkpoint, anchor } = options;
  if (anchor && !anchorIsSigned(anchor, key))
    return {
      ok: false,
      rows: 0,
      firstBadId: anchor.throughId,
      problem: 'the latest prune anchor is not signed with the audit key (it was forged)',
    };
  const unkeyedUntil = BigInt(options.unkeyedUntilId ?? 0);
  let prevHash: string | null = anchor?.throughHash ?? null;
  let count = anchor?.rowsPruned ?? 0;
  let keyed = false;
  let checkpointSeen = checkpoint === undefined || checkpoint.headId === null || prunedCheckpoint(checkpoint, anchor);
  if (anchor && checkpoint?.headId === anchor.throughId && checkpoint.headHash !== anchor.throughHash)
    return {
      ok: false,
      rows: count,
      firstBadId: anchor.throughId,
      problem: `the prune anchor differs from the checkpoint of ${checkpoint.at} (the chain was rewritten before pruning)`,
    };
  for await (const row of rows) {
    count += 1;
    const bad = (problem: string): ChainVerdict => ({ ok: false, rows: count, firstBadId: row.id, problem });
    if (row.prevHash !== prevHash)
      return bad('its prev_hash does not match the row before it (a row was removed or inserted)');
    if (row.hashAlg !== CURRENT_HASH_ALG && (keyed || BigInt(row.id) > unkeyedUntil))
      return bad('it carries an unkeyed hash where the chain is keyed (it was written without the audit key)');
    keyed ||= row.hashAlg === CURRENT_HASH_ALG;
    const { hash, prevHash: _prev, hashAlg, ...content } = row;
    if (chainHash(prevHash, content, key, hashAlg) !== hash)
      return bad('its content does not match its hash (it was altered, or hashed without the audit key)');
    if (checkpoint && row.id === checkpoint.headId) {
      if (row.hash !== checkpoint.headHash)
        return bad(`it differs from the checkpoint of ${checkpoint.at} (the chain was rewritten)`);
      if (count !== checkpoint.rows)
        return bad(`${count} rows lead to it, but the checkpoint of ${checkpoint.at} counted ${checkpoint.rows}`);
      checkpointSeen = true;
    }
    prevHash = row.hash;
  }
  if (!checkpointSeen)
    return {
      ok: false,
      rows: count,
      firstBadId: checkpoint!.headId,
      problem: `the row named by the checkpoint of ${checkpoint!.at} is gone (${checkpoint!.rows} rows then, ${count} now): rows were removed from the end`,
    };
  return {
    ok: true,
    rows: count,
    checkpointChecked: checkpoint !== undefined,
    ...(anchor ? { prunedRows: anchor.rowsPruned } : {}),
  };
}

/** A checkpoint whose head has since been pruned: only the anchor can still be compared with it. */
function prunedCheckpoint(checkpoint: Checkpoint, anchor: PruneAnchor | null | undefined): boolean {
  return !!anchor && checkpoint.headId !== null && BigInt(checkpoint.headId) <= BigInt(anchor.throughId);
}
