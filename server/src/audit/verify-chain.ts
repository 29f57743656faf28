import { chainHash } from './audit-chain.js';
import type { AuditRow } from './audit.types.js';

export type ChainVerdict =
  { ok: true; rows: number } | { ok: false; rows: number; firstBadId: string; problem: string };

/** Recomputes every hash from the row's content and the previous row's hash. */
export async function verifyChain(rows: AsyncIterable<AuditRow>): Promise<ChainVerdict> {
  let prevHash: string | null = null;
  let count = 0;
  for await (const row of rows) {
    count += 1;
    if (row.prevHash !== prevHash)
      return {
        ok: false,
        rows: count,
        firstBadId: row.id,
        problem: 'its prev_hash does not match the row before it (a row was removed or inserted)',
      };
    const expected = chainHash(prevHash, {
      id: row.id,
      at: row.at,
      actorId: row.actorId,
      actorEmail: row.actorEmail,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      details: row.details,
      ip: row.ip,
    });
    if (expected !== row.hash)
      return {
        ok: false,
        rows: count,
        firstBadId: row.id,
        problem: 'its content does not match its hash (it was altered)',
      };
    prevHash = row.hash;
  }
  return { ok: true, rows: count };
}
