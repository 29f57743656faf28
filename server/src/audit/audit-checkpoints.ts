import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalJson } from '../common/canonical-json.js';
import type { ChainHead } from './audit.types.js';

/** The chain's length and last hash at one moment, signed with the audit key. */
export type Checkpoint = ChainHead & { at: string; mac: string };

function mac(fields: Omit<Checkpoint, 'mac'>, key: Buffer): string {
  return createHmac('sha256', key).update(canonicalJson(fields)).digest('hex');
}

export function signCheckpoint(head: ChainHead, at: Date, key: Buffer): Checkpoint {
  const fields = { at: at.toISOString(), rows: head.rows, headId: head.headId, headHash: head.headHash };
  return { ...fields, mac: mac(fields, key) };
}

/** One JSON line per checkpoint, appended; the file is outside the database, so truncating the table cannot reach it. */
export function appendCheckpoint(file: string, checkpoint: Checkpoint): void {
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
}

export type LatestCheckpoint =
  { status: 'none' } | { status: 'valid'; checkpoint: Checkpoint } | { status: 'forged'; line: number };

/**
 * The last checkpoint in the file, with its signature checked. A line that does not verify is a
 * forgery (or a different key), and is reported rather than skipped.
 */
export function latestCheckpoint(file: string, key: Buffer): LatestCheckpoint {
  if (!existsSync(file)) return { status: 'none' };
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter((l) => l.line.trim() !== '');
  const last = lines.at(-1);
  if (!last) return { status: 'none' };
  try {
    const parsed = JSON.parse(last.line) as Checkpoint;
    const { mac: given, ...fields } = parsed;
    const expected = mac({ at: fields.at, rows: fields.rows, headId: fields.headId, headHash: fields.headHash }, key);
    const ok =
      typeof given === 'string' &&
      given.length === expected.length &&
      timingSafeEqual(Buffer.from(given), Buffer.from(expected));
    return ok ? { status: 'valid', checkpoint: parsed } : { status: 'forged', line: last.number };
  } catch {
    return { status: 'forged', line: last.number };
  }
}
