import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config/app-config.js';

/** Inject with `@Inject(AUDIT_KEY) key: Buffer`. */
export const AUDIT_KEY = Symbol('AuditKey');

/**
 * The HMAC key of the audit chain. It lives outside the database, so whoever holds the database
 * cannot recompute the chain after a forgery: AUDIT_KEY in production, or a key generated once into
 * DATA_DIR/audit.key (readable by its owner only) for the embedded default.
 */
export function loadAuditKey(config: Pick<AppConfig, 'audit' | 'dataDir'>): Buffer {
  if (config.audit.key) return Buffer.from(config.audit.key, 'utf8');
  const file = path.join(config.dataDir, 'audit.key');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    // 'wx' fails if another process created it meanwhile; then read theirs.
    try {
      writeFileSync(file, randomBytes(48).toString('base64'), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  chmodSync(file, 0o600);
  const key = readFileSync(file, 'utf8').trim();
  if (key.length < 32) throw new Error(`${file} holds no usable audit key (expected at least 32 characters)`);
  return Buffer.from(key, 'utf8');
}
